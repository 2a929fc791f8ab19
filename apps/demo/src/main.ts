import "./styles.css";
import { startApp } from "./app.js";

const root = document.getElementById("app");
if (!root) throw new Error("index.html has no #app element");
startApp(root);
