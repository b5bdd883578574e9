/** Status and the allowed workflow actions of the open article (built in the workflow issue). */
export function WorkflowBar() {
  return null;
}
