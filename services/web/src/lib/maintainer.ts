/**
 * Who maintains a tool, named from the data the catalogue has: its source repository. On a shared
 * forge (GitHub, GitLab, Codeberg ...) the first path segment is the organisation or community that
 * owns the code (`github.com/moodle/moodle` -> "moodle"); a project's own forge names the project
 * community (`invent.kde.org` -> "KDE"). Only a fallback: a tool's `maintainer`, where a source names
 * one, comes first, and the page marks this derivation as such.
 */
export interface Maintainer {
  name: string;
  /** Where the maintainer's projects are listed (the owner's page on the forge). */
  url: string;
  /** The forge, when the name is an account on a shared one ("GitHub"). */
  forge?: string;
}

/** Shared forges: the first path segment is the owning account. */
const SHARED_FORGES: Record<string, string> = {
  'github.com': 'GitHub',
  'gitlab.com': 'GitLab',
  'codeberg.org': 'Codeberg',
  'framagit.org': 'Framagit',
  'gitlab.opencode.de': 'openCode',
  'salsa.debian.org': 'Debian Salsa',
  'gitlab.ow2.org': 'OW2',
  'code.videolan.org': 'VideoLAN',
  'projects.blender.org': 'Blender Projects',
  'launchpad.net': 'Launchpad',
  'bitbucket.org': 'Bitbucket',
};

/** A project community's own forge: the host names the maintainer. */
const PROJECT_FORGES: Record<string, string> = {
  'invent.kde.org': 'KDE',
  'gitlab.gnome.org': 'GNOME',
  'git.savannah.gnu.org': 'GNU',
  'git.libreoffice.org': 'The Document Foundation (LibreOffice)',
  'git.proxmox.com': 'Proxmox',
};

export function maintainerOf(repository: string | null | undefined): Maintainer | null {
  if (!repository) return null;
  let url: URL;
  try {
    url = new URL(repository);
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^www\./, '');
  const [first, second] = url.pathname.split('/').filter(Boolean);
  const project = PROJECT_FORGES[host];
  if (project) return { name: project, url: `${url.protocol}//${url.host}/` };
  if (host === 'sourceforge.net' && first === 'projects' && second)
    return { name: second, url: `https://sourceforge.net/projects/${second}/`, forge: 'SourceForge' };
  const forge = SHARED_FORGES[host];
  if (forge && first) return { name: first, url: `${url.protocol}//${url.host}/${first}`, forge };
  return null;
}
