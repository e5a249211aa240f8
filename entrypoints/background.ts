export default defineBackground(() => {
  // Wiring comes with the focus engine.
});
