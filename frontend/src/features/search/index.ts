/** The public entry of the search feature: the app shell and other features import only what is exported here. */
export { SearchBox } from './components/SearchBox';
