// Progressive enhancement of the form: submit in the background with a spinner, then
// swap in the server-rendered result. Without JavaScript the form posts and renders.
"use strict";

function wireCopy(root) {
  const button = root.querySelector("#copy-en");
  const text = root.querySelector("#english-text");
  if (!button || !text) return;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(text.textContent);
      button.textContent = "Copied";
    } catch (err) {
      button.textContent = "Copy failed: select the English text below";
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("translate-form");
  const result = document.getElementById("result");
  const spinner = document.getElementById("spinner");
  const submit = document.getElementById("submit");
  wireCopy(result);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    spinner.hidden = false;
    submit.disabled = true;
    result.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(form.action + "?partial=1", { method: "POST", body: new FormData(form) });
      result.innerHTML = await response.text();
      wireCopy(result);
      result.scrollIntoView({ behavior: "smooth", block: "start" });
    } catch (err) {
      result.textContent = "The service could not be reached: " + err;
    } finally {
      spinner.hidden = true;
      submit.disabled = false;
      result.removeAttribute("aria-busy");
    }
  });
});
