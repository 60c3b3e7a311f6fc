// The wizard's steps as browser history entries, so Back and Forward move between steps. Loaded before Blazor's
// script: its popstate listener then runs first and keeps the wizard's own entries from Blazor's enhanced
// navigation, which would fetch the page again for each of them.
window.deciderSteps = {
  wizard: null,
  attach(wizard, step, url) {
    this.wizard = wizard;
    history.replaceState({ deciderStep: step }, "", url);
  },
  detach() { this.wizard = null; },
  push(step, url) { history.pushState({ deciderStep: step }, "", url); },
};
window.addEventListener("popstate", event => {
  const steps = window.deciderSteps;
  if (steps.wizard && event.state && typeof event.state.deciderStep === "number") {
    event.stopImmediatePropagation();
    steps.wizard.invokeMethodAsync("ShowStepFromHistory", event.state.deciderStep);
  }
});
