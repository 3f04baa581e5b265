import { distributionEdgesSeconds, returnWindowMs, satisfiedScore, type ReportFactQuery, type ReportGroupQuery, type SiteTargets, type ZoneOffset } from '../reports-port.js';

/**
 * The reports' aggregation pipeline over `conversations`, the MongoDB twin of
 * sqlite-report-groups.ts: the range's conversations (conversations_by_created), each joined to
 * its event log ($lookup by events_by_conversation) and folded to the same few
 * facts, then grouped: counts, sums, percentiles from the sorted measures ($sortArray) and
 * distribution buckets, all on the server. Only one row per group comes back.
 */

type Expr = unknown;

/** The conversations a report selects. */
export function reportMatch(q: ReportFactQuery): Record<string, unknown> {
  const filter: Record<string, unknown> = { workspaceId: q.workspaceId, createdAt: { $gte: q.from, $lt: q.to } };
  if (q.siteId) filter.siteId = q.siteId;
  if (q.departmentId) filter.departmentId = q.departmentId;
  if (q.agentId) filter.assigneeId = q.agentId;
  if (q.tagId) filter.tagIds = q.tagId;
  return filter;
}

const eventsOf = (kind: string): Expr => ({ $filter: { input: '$ev', cond: { $eq: ['$$this.kind', kind] } } });
const timesOf = (kind: string): Expr => ({ $map: { input: eventsOf(kind), in: '$$this.at' } });
const isSet = (field: string): Expr => ({ $ne: [{ $ifNull: [field, null] }, null] });

/** Each conversation joined to its events and folded: the fields the groups read. */
export function foldStages(q: ReportFactQuery): object[] {
  return [
    { $match: reportMatch(q) },
    { $lookup: { from: 'conversation_events', localField: '_id', foreignField: 'conversationId', as: 'ev' } },
    {
      $project: {
        siteId: 1,
        visitorId: 1,
        departmentId: { $ifNull: ['$departmentId', null] },
        assigneeId: { $ifNull: ['$assigneeId', null] },
        createdAt: 1,
        firstResponseAt: { $ifNull: ['$firstResponseAt', null] },
        missed: { $eq: ['$missed', true] },
        offline: { $eq: ['$offline', true] },
        score: { $ifNull: ['$rating.score', null] },
        queuedAt: { $min: timesOf('queued') },
        assignedAt: { $min: timesOf('assigned') },
        lastResolvedAt: { $max: timesOf('resolved') },
        reopens: { $size: eventsOf('reopened') },
        breaches: { $size: eventsOf('sla_breached') },
        responder: { $max: { $map: { input: eventsOf('first_response'), in: '$$this.data.authorType' } } },
      },
    },
  ];
}

function offsetExpr(zone: readonly ZoneOffset[]): Expr {
  if (zone.length === 0) return 0;
  if (zone.length === 1) return zone[0]!.offsetMs;
  return {
    $switch: {
      branches: zone
        .slice(1)
        .reverse()
        .map((z) => ({ case: { $gte: ['$createdAt', z.from] }, then: z.offsetMs })),
      default: zone[0]!.offsetMs,
    },
  };
}

const localOf = (zone: readonly ZoneOffset[]) => ({ $add: ['$createdAt', offsetExpr(zone)] });
/** Days since 1970-01-01 in local time. */
export const localDayOf = (zone: readonly ZoneOffset[]) => ({ $floor: { $divide: [localOf(zone), 86_400_000] } });

function keyExpr(q: ReportGroupQuery): Expr {
  const local = localOf(q.zone);
  const day = localDayOf(q.zone);
  switch (q.groupBy) {
    case 'all':
      return null;
    case 'hourOfWeek':
      // 1970-01-01 was a Thursday: Monday-based weekday = (day + 3) mod 7.
      return { $add: [{ $multiply: [{ $mod: [{ $add: [day, 3] }, 7] }, 24] }, { $floor: { $divide: [{ $mod: [local, 86_400_000] }, 3_600_000] } }] };
    case 'agent':
      return '$assigneeId';
    case 'department':
      return '$departmentId';
  }
}

function targetOf(targets: readonly SiteTargets[], pick: (t: SiteTargets) => number): Expr {
  if (targets.length === 0) return 0;
  return { $switch: { branches: targets.map((t) => ({ case: { $eq: ['$siteId', t.siteId] }, then: pick(t) })), default: 0 } };
}

const when = (cond: Expr, then: Expr): Expr => ({ $cond: [cond, then, null] });
const count = (cond: Expr): Expr => ({ $sum: { $cond: [cond, 1, 0] } });
const notNull = (field: string): Expr => ({ $ne: [field, null] });

/** Median (mean of the middle values) and p90 (nearest rank, ⌊(9n + 9) / 10⌋) of an array, nulls left out. */
function percentilesOf(field: string): Expr {
  const at = (i: Expr) => ({ $arrayElemAt: ['$$s', i] });
  return {
    $let: {
      vars: { s: { $sortArray: { input: { $filter: { input: field, cond: { $ne: ['$$this', null] } } }, sortBy: 1 } } },
      in: {
        $let: {
          vars: { n: { $size: '$$s' } },
          in: {
            median: { $cond: [{ $eq: ['$$n', 0] }, null, { $divide: [{ $add: [at({ $floor: { $divide: [{ $subtract: ['$$n', 1] }, 2] } }), at({ $floor: { $divide: ['$$n', 2] } })] }, 2] }] },
            p90: { $cond: [{ $eq: ['$$n', 0] }, null, at({ $subtract: [{ $floor: { $divide: [{ $add: [{ $multiply: [9, '$$n'] }, 9] }, 10] } }, 1] })] },
          },
        },
      },
    },
  };
}

function bucketsOf(field: string): Expr {
  return [...distributionEdgesSeconds, null].map((edge, i) => {
    const lower = i === 0 ? null : distributionEdgesSeconds[i - 1]! * 1000;
    const conds: Expr[] = [{ $ne: ['$$this', null] }];
    if (lower !== null) conds.push({ $gt: ['$$this', lower] });
    if (edge !== null) conds.push({ $lte: ['$$this', edge * 1000] });
    return { $size: { $filter: { input: field, cond: { $and: conds } } } };
  });
}

/** The whole pipeline of `reportGroups`: one document per group, shaped like `ReportGroupFigures`. */
export function groupsPipeline(q: ReportGroupQuery): object[] {
  return [
    ...foldStages(q),
    {
      $addFields: {
        k: keyExpr(q),
        answered: notNull('$firstResponseAt'),
        wait: when({ $and: [notNull('$queuedAt'), notNull('$assignedAt'), { $gte: ['$assignedAt', '$queuedAt'] }] }, { $subtract: ['$assignedAt', '$queuedAt'] }),
        first: when({ $and: [{ $not: ['$offline'] }, notNull('$firstResponseAt')] }, { $subtract: ['$firstResponseAt', '$createdAt'] }),
        res: when({ $and: [notNull('$lastResolvedAt'), { $not: ['$missed'] }, { $not: ['$offline'] }] }, { $subtract: ['$lastResolvedAt', '$createdAt'] }),
        frTarget: targetOf(q.targets, (t) => t.firstResponseMs),
        resTarget: targetOf(q.targets, (t) => t.resolutionMs),
      },
    },
    // A visitor's return within the window only matters for resolved, never reopened ones.
    { $lookup: { from: 'conversations', localField: 'visitorId', foreignField: 'visitorId', as: 'visits' } },
    {
      $addFields: {
        firstContact: {
          $and: [
            notNull('$res'),
            { $eq: ['$reopens', 0] },
            {
              $not: [
                {
                  $anyElementTrue: [
                    {
                      $map: {
                        input: '$visits',
                        in: {
                          $and: [
                            { $ne: ['$$this._id', '$_id'] },
                            { $gt: ['$$this.createdAt', '$createdAt'] },
                            { $lte: ['$$this.createdAt', { $add: ['$lastResolvedAt', returnWindowMs] }] },
                          ],
                        },
                      },
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
    },
    {
      $group: {
        _id: '$k',
        started: { $sum: 1 },
        answered: count('$answered'),
        missed: count('$missed'),
        offline: count('$offline'),
        resolved: count(notNull('$res')),
        resolvedAtFirstContact: count('$firstContact'),
        breaches: { $sum: '$breaches' },
        ratingCount: count(notNull('$score')),
        ratingSum: { $sum: { $ifNull: ['$score', 0] } },
        satisfied: count({ $and: [notNull('$score'), { $gte: ['$score', satisfiedScore] }] }),
        botResolved: count({ $and: [{ $eq: ['$responder', 'bot'] }, { $eq: ['$assignedAt', null] }, notNull('$res')] }),
        botHandedOff: count({ $and: [{ $eq: ['$responder', 'bot'] }, notNull('$assignedAt')] }),
        frWhole: count({ $and: [{ $not: ['$offline'] }, { $gt: ['$frTarget', 0] }, { $or: ['$answered', notNull('$lastResolvedAt')] }] }),
        frMet: count({ $and: [{ $not: ['$offline'] }, { $gt: ['$frTarget', 0] }, notNull('$first'), { $lte: ['$first', '$frTarget'] }] }),
        resWhole: count({ $and: [{ $gt: ['$resTarget', 0] }, notNull('$res')] }),
        resMet: count({ $and: [{ $gt: ['$resTarget', 0] }, notNull('$res'), { $lte: ['$res', '$resTarget'] }] }),
        waits: { $push: '$wait' },
        firsts: { $push: '$first' },
        resolutions: { $push: '$res' },
      },
    },
    {
      $project: {
        _id: 0,
        key: '$_id',
        started: 1,
        answered: 1,
        missed: 1,
        offline: 1,
        resolved: 1,
        resolvedAtFirstContact: 1,
        breaches: 1,
        ratings: { count: '$ratingCount', sum: '$ratingSum', satisfied: '$satisfied' },
        bots: { resolved: '$botResolved', handedOff: '$botHandedOff' },
        sla: { firstResponseWhole: '$frWhole', firstResponseMet: '$frMet', resolutionWhole: '$resWhole', resolutionMet: '$resMet' },
        waitMs: percentilesOf('$waits'),
        firstResponseMs: percentilesOf('$firsts'),
        resolutionMs: percentilesOf('$resolutions'),
        waitBuckets: bucketsOf('$waits'),
        firstResponseBuckets: bucketsOf('$firsts'),
      },
    },
  ];
}
