/** The school's own details on /school: name, sectors, municipality and province, which the per-sector and per-province counts use. */
import { SECTORS } from '@edu-catalogus/seeds';
import type { MySchoolQuery } from '../../gateway/operations.generated.ts';
import { schoolPaths } from '../../school/paths.ts';
import { useUi } from '../ui.ts';

export type SchoolProfile = Pick<NonNullable<MySchoolQuery['mySchool']>, 'name' | 'sectors' | 'municipality' | 'province'>;

export function ProfileForm({ profile }: { profile: SchoolProfile }) {
  const ui = useUi();
  const { t } = ui;
  return (
    <details class="school-profile" open={profile.sectors.length === 0}>
      <summary>
        <h2 id="profile">{t.school.profile}</h2>
      </summary>
      <p>{t.school.profileIntro}</p>
      <form method="post" action={ui.href(schoolPaths.profile)}>
        <div class="field">
          <label for="profile-name">{t.school.schoolName}</label>
          <input id="profile-name" name="name" value={profile.name} required maxlength={200} />
        </div>
        <fieldset class="facet">
          <legend>{t.school.sectors}</legend>
          {SECTORS.map((sector) => (
            <div class="field checkbox">
              <input type="checkbox" id={`profile-sector-${sector}`} name="sectors" value={sector} checked={profile.sectors.includes(sector)} />
              <label for={`profile-sector-${sector}`}>{ui.label('SECTOR', sector)}</label>
            </div>
          ))}
        </fieldset>
        <div class="field">
          <label for="profile-municipality">{t.school.municipality}</label>
          <input id="profile-municipality" name="municipality" value={profile.municipality ?? ''} maxlength={100} />
        </div>
        <div class="field">
          <label for="profile-province">{t.school.province}</label>
          <select id="profile-province" name="province">
            <option value="">{t.school.noProvince}</option>
            {Object.entries(t.school.provinces).map(([value, label]) => (
              <option value={value} selected={profile.province === value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t.school.saveProfile}</button>
      </form>
    </details>
  );
}
