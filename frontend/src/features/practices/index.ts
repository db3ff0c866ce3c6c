/** The public entry of the practices feature: the app shell and other features import only what is exported here. */
export { CurationPage } from './pages/CurationPage';
export { EditPracticePage } from './pages/EditPracticePage';
export { NewPracticePage } from './pages/NewPracticePage';
export { PracticePage } from './pages/PracticePage';
export { PracticesPage } from './pages/PracticesPage';
export { CURATOR_ROLES } from './permissions';
