/** The school's pages, the same in both languages (English adds `/en`). */
export const schoolPaths = {
  home: '/school',
  signIn: '/school/inloggen',
  signOut: '/school/uitloggen',
  declare: '/school/melden',
  update: '/school/bijwerken',
  withdraw: '/school/intrekken',
};
