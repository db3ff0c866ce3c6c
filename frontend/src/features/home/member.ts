/** A member's home, loaded once someone signed in opens it, with the texts of what it shows beyond the shell. */
import { addEnglishTexts } from '../../i18n';
import { meetingsEn } from '../meetings';

addEnglishTexts(meetingsEn);
export { MemberHome as default } from './components/MemberHome';
