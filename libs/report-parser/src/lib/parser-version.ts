/**
 * Version of the reading pipeline, stored with every report so that reports read by an older
 * parser can be found and read again. Raise it whenever extraction or recognition changes what a
 * report reads as.
 */
export const PARSER_VERSION = 'report-parser@1.2.0';
