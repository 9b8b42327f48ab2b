import { version } from '../../package.json';

/**
 * The app's version, from package.json (the bundler keeps only this field), written into
 * progress exports so a file says which release made it.
 */
export const APP_VERSION: string = version;
