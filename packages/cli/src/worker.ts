// The validation worker, bundled beside the CLI so `new URL("./worker.js", import.meta.url)` finds it.
import { startWorker } from "@statecraft/validate/worker";

startWorker();
