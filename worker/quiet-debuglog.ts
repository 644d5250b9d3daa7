import util from 'node:util';

/**
 * workerd's node:util debuglog always logs, and exceljs's stream library calls
 * it for every chunk (hundreds of "STREAM:" lines per workbook). Must be
 * imported before anything that loads exceljs.
 */
const silent = Object.assign(() => {}, { enabled: false });
(util as { debuglog: unknown }).debuglog = () => silent;
