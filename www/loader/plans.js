// The catalog's plans, one file each beside the wasm (pkg/plans/, named by content): a
// page fetches the plans its widgets show, as soon as it knows them and alongside the
// wasm, each with its sha384 checked, and hands each to the wasm instance that draws it.

import { PLANS } from '../pkg/plans/index.js';
import { beside } from './place.js';
import { short } from './data.js';

const texts = new Map();
const handedOver = new WeakMap();

/**
 * The catalog plan a config shows: its `plan`, or the plan its `indicator` belongs to (a
 * target id starts with its plan's id and a dot), unless the config brings that plan
 * inline. None for a config that is not JSON or names no catalog plan: the wasm says
 * what is wrong, with its did-you-mean.
 */
export function planOf(configText) {
  let config;
  try {
    config = JSON.parse(configText);
  } catch {
    return null;
  }
  if (config === null || typeof config !== 'object') return null;
  const indicator = typeof config.indicator === 'string' ? config.indicator : '';
  const id = typeof config.plan === 'string' ? config.plan : Object.keys(PLANS).find((plan) => indicator.startsWith(`${plan}.`));
  if (!id || !Object.hasOwn(PLANS, id)) return null;
  const inline = Array.isArray(config.plans) && config.plans.some((plan) => plan?.id === id);
  return inline ? null : id;
}

/** The plan's text, fetched once per page (a failed fetch is tried again next time). */
export function fetchPlan(id) {
  if (!texts.has(id)) {
    const [file, integrity] = PLANS[id];
    const text = fetch(beside(`pkg/plans/${file}`), { integrity })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .catch((error) => {
        texts.delete(id);
        throw Object.assign(new Error(`the catalog plan ${id} could not be loaded from pkg/plans/${file}: ${short(error.message)}`), { kind: 'data' });
      });
    texts.set(id, text);
  }
  return texts.get(id);
}

/** Hands the plan `id` (when there is one) to `core`, once per instance. */
export async function handPlan(core, id) {
  if (!id) return;
  let plans = handedOver.get(core);
  if (!plans) handedOver.set(core, (plans = new Set()));
  if (plans.has(id)) return;
  core.addPlan(await fetchPlan(id));
  plans.add(id);
}

/** Every catalog plan, read (for pages that list them all: the catalog, the configurator). */
export async function catalogPlans() {
  return Promise.all(Object.keys(PLANS).map(async (id) => JSON.parse(await fetchPlan(id))));
}
