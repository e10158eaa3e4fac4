// Illustrative figures (示例数据) for a target, shaped like what its kind observes:
// yearly rates near the target rate, levels moving toward the target from a baseline,
// yearly additions, changes from a base year, a margin over a benchmark. Counts are whole
// numbers. The same target always gets the same figures (seeded by its id), so previews
// do not change between visits. Widgets showing them set `illustrative: true`.

const COUNTED = new Set(['家', '个', '项', '件', '次', '场', '名', '人', '人次', '座', '台', '套', '条', '所', '户', '款', '批', '位', '处']);

function seeded(text) {
  let seed = 2166136261;
  for (const character of text) seed = Math.imul(seed ^ character.codePointAt(0), 16777619) >>> 0;
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) / 16777216;
  };
}

/**
 * `{actuals, benchmark, asOf}` for `target` of `plan`: values up to the year before the
 * deadline, judged at the end of the deadline's year — the picture as the plan's final
 * year closes. A one-year target gets its year's value and is judged the spring after.
 */
export function sampleFor(plan, target) {
  const random = seeded(target.id);
  const start = target.startYear ?? plan.period.start;
  const deadline = target.deadline ?? plan.period.end;
  const last = deadline > start ? deadline - 1 : deadline;
  const asOf = deadline > start ? `${deadline}-12-31` : `${deadline + 1}-03-31`;
  const whole = COUNTED.has(target.unit);
  const round = (value) => (whole ? Math.max(0, Math.round(value)) : Math.round(value * 100) / 100);
  const goal = target.value ?? target.range?.[0] ?? 1;
  const years = [];
  for (let year = start; year <= last; year++) years.push(year);
  const span = Math.max(deadline - start + 1, 1);
  const pace = 0.75 + random() * 0.4; // share of the needed pace this target moves at
  const actuals = {};
  const benchmark = {};
  switch (target.kind) {
    case 'annual-growth':
    case 'per-year':
      for (const year of years) actuals[year] = round(goal * (0.85 + random() * 0.3));
      break;
    case 'cumulative':
      for (const year of years) actuals[year] = round((goal / span) * pace * (0.85 + random() * 0.3));
      break;
    case 'level': {
      const down = target.comparison === 'at-most';
      const baseYear = target.baseline?.year ?? start;
      const base = target.baseline?.value ?? (down ? goal * 1.5 : goal * (0.6 + random() * 0.2));
      if (!target.baseline) actuals[baseYear] = round(base);
      for (const year of years) {
        if (year <= baseYear) continue;
        actuals[year] = round(base + ((goal - base) * (year - baseYear) * pace) / Math.max(deadline - baseYear, 1));
      }
      if (Object.keys(actuals).length < 2 && !target.baseline) actuals[last] = round(base + (goal - base) * pace * 0.5);
      break;
    }
    case 'change': {
      const base = 20 + random() * 10;
      actuals[start - 1] = round(base);
      years.forEach((year, index) => {
        const change = ((goal * (index + 1)) / span) * pace;
        actuals[year] = round(target.changeIn === 'percent' ? base * (1 + change / 100) : base + change);
      });
      break;
    }
    case 'relative':
      for (const year of years) {
        benchmark[year] = round(6 + random() * 3);
        actuals[year] = round(benchmark[year] + goal + (random() - 0.3) * 1.2);
      }
      break;
    default:
      break;
  }
  return { actuals, benchmark, asOf };
}
