import { describeTsdocExamples } from "../../../scripts/tsdoc-examples-suite.js";

describeTsdocExamples("tables");
