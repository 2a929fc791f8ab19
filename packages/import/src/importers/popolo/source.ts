import type { Source } from "@statecraft/core";

/** The Source record every Popolo record cites: EveryPolitician. */
export const SOURCE: Source = {
  id: "popolo",
  type: "source",
  kind: "dataset",
  title: "EveryPolitician: legislators in Popolo JSON",
  publisher: "mySociety (EveryPolitician)",
  url: "https://everypolitician.org/",
  identifier: "everypolitician/everypolitician-data (ep-popolo-v1.0.json)",
  note: "Built by mySociety from Wikipedia, Wikidata and parliaments' own sources. The data repository states no licence (mySociety publishes the data 'for free download and use'): licence not stated.",
};
