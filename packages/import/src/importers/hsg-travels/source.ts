import type { Source } from "@statecraft/core";

/** The Source record every travels record cites: the Office of the Historian's travels. */
export const SOURCE: Source = {
  id: "hsg-travels",
  type: "source",
  kind: "dataset",
  title: "Travels of the President and of the Secretary of State",
  publisher: "U.S. Department of State, Office of the Historian",
  url: "https://history.state.gov/departmenthistory/travels",
  language: "en",
  identifier: "HistoryAtState/travels",
  note: "A work of the United States government (public domain in the USA), with rights waived worldwide under CC0 1.0.",
};
