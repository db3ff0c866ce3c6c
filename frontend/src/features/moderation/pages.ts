/**
 * The pages of the moderation feature, which the router loads when one of them is first opened: they stay out of
 * the code every visitor downloads first. Its styles come with the navigation's link, in index.ts.
 */
export { ModerationPage } from './pages/ModerationPage';
