// One description of the filters for the web and the server's exports (@ogi/report-charts).
export { DATA_SOURCE, describeFilters } from '@ogi/report-charts';
