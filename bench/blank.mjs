// The floor: the same page with empty containers and no library. Its "first paint" is
// what navigation, the page's own module and two frames cost on this machine before
// any chart code runs; every library's figure includes it.
import { run } from './common.mjs';

await run({ init: () => {}, drawn: async () => {}, create: () => () => {} });
