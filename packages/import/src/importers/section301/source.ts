import type { Source } from "@statecraft/core";

/** The Source record every Section 301 record cites: the US–China Trade War Tracker. */
export const SOURCE: Source = {
  id: "section301",
  type: "source",
  kind: "dataset",
  title:
    "US–China Trade War Tracker: US Section 301 tariffs and China's retaliatory tariffs by HS6 and date",
  authors: ["Mike Waugh"],
  url: "https://github.com/mwaugh0328/tradewar-tracker",
  language: "en",
  identifier:
    "mwaugh0328/tradewar-tracker (data/us_tariffs_2020.csv, data/new_tariff_list_2020.csv)",
  note: "Compiled from USITC/USTR documents (US side) and Bown, Jung & Zhang (PIIE) tables (China side); the rate of each HS6 subheading is the highest over its national tariff lines. MIT License, Copyright (c) 2020 Mike Waugh.",
};
