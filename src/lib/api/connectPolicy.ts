/**
 * How an operator lets the studio connect to an API host beyond the ones its Content-Security-Policy allows
 * out of the box (README, "Security headers"). Shared so the server that reads the setting and the studio
 * that explains a blocked connection name it the same way.
 */
export const CONNECT_SRC_FLAG = '--connect-src';
/** Environment variable form of CONNECT_SRC_FLAG, read by `npm start` and `npm run dev`. */
export const CONNECT_SRC_ENV = 'GESSO_CONNECT_SRC';
