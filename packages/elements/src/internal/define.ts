// Defines a tag unless the page already has it: two copies of a drop-in file must not throw.
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
