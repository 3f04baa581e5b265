/**
 * The reports' answers (issue 15), as `GET /api/v1/reports/*` sends them. Times are seconds;
 * shares are fractions from 0 to 1; `null` where nothing was there to measure.
 */

/** Median (the middle value, or the mean of the two middle ones) and p90 (nearest rank). */
export interface Percentiles {
  median: number | null;
  p90: number | null;
}

/** How many measured times fall at or under `upToSeconds` (and above the bucket before); `null`: the rest. */
export interface DistributionBucket {
  upToSeconds: number | null;
  count: number;
}

/** The period a report covers: `[from, to)` as ISO instants, and the zone its days are cut in. */
export interface ReportRange {
  from: string;
  to: string;
  timeZone: string;
}

export interface RatingComment {
  conversationId: string;
  score: number;
  comment: string;
  ratedAt: number;
}

/** One day of the range, in the report's time zone. */
export interface ReportDay {
  date: string;
  started: number;
  answered: number;
  missed: number;
}

/** The overview's figures for one period. */
export interface OverviewFigures {
  range: ReportRange;
  conversations: { started: number; answered: number; missed: number; offline: number };
  waitSeconds: Percentiles;
  firstResponseSeconds: Percentiles;
  resolutionSeconds: Percentiles;
  firstContactResolution: number | null;
  sla: { firstResponseMet: number | null; resolutionMet: number | null; breaches: number };
  rating: { average: number | null; satisfiedShare: number | null; responses: number; latestComments: RatingComment[] };
  bots: { resolved: number; handedOff: number };
  /** Proactive messages of the workspace's sites (or the filtered site) in the period: shown, replied to, goals reached (not narrowed by department, agent or tag). */
  proactive: { shown: number; replied: number; goals: number };
  distributions: { waitSeconds: DistributionBucket[]; firstResponseSeconds: DistributionBucket[] };
  days: ReportDay[];
}

/** `GET /reports/overview`: the range and, under `previous`, the period of the same length just before. */
export interface ReportOverview extends OverviewFigures {
  previous: OverviewFigures;
}

/** One weekday × hour cell; `weekday` is ISO (1 = Monday … 7 = Sunday), `hour` 0–23, local. */
export interface HeatmapCell {
  weekday: number;
  hour: number;
  conversations: number;
  waitSeconds: Percentiles;
}

/** `GET /reports/heatmap`: all 168 cells, Monday 00:00 first. */
export interface ReportHeatmap {
  range: ReportRange;
  cells: HeatmapCell[];
}

export interface AgentReportRow {
  agentId: string;
  name: string;
  conversations: number;
  firstResponseSeconds: Percentiles;
  resolutionSeconds: Percentiles;
  rating: { average: number | null; responses: number };
  /** Time with status online in the range (from the recorded status changes). */
  onlineSeconds: number;
  /** Open chats over capacity while online: chat-seconds held ÷ (capacity × online seconds); `null` when never online. */
  utilisation: number | null;
}

export interface ReportAgents {
  range: ReportRange;
  agents: AgentReportRow[];
}

export interface DepartmentReportRow {
  /** `null`: conversations in no department. */
  departmentId: string | null;
  name: string | null;
  conversations: number;
  answered: number;
  missed: number;
  waitSeconds: Percentiles;
  firstResponseSeconds: Percentiles;
  resolutionSeconds: Percentiles;
  rating: { average: number | null; responses: number };
}

export interface ReportDepartments {
  range: ReportRange;
  departments: DepartmentReportRow[];
}
