import baseConfig, { sharedLibConfig } from '../../eslint.config.mjs';

export default [...baseConfig, ...sharedLibConfig];
