/**
 * xmlbuilder's pretty printing for the streaming XML exports, except around text: the elements
 * named hold text, which is written as it is (`<data key="e_date">1858-05-16</data>`), since a
 * reader would take indentation and line ends inside them for part of the value.
 */
import { nodeType, stringWriter, writerState, type XMLElement, type XMLNode, type XMLWriter } from 'xmlbuilder';

export function prettyXmlWriter(textElements: readonly string[]): XMLWriter {
  const writer = stringWriter({ pretty: true });
  const indent = writer.indent!.bind(writer);
  const endline = writer.endline!.bind(writer);
  const holdsText = (node: XMLNode) =>
    node.type === nodeType.Element && textElements.includes((node as XMLElement).name);
  // The builder calls these with its state: the open tag's line end, the text, the close tag's indent.
  writer.indent = (node, options, level) =>
    node.type === nodeType.Text || (holdsText(node) && options.state === writerState.CloseTag)
      ? ''
      : (indent(node, options, level) as string);
  writer.endline = (node, options, level) =>
    node.type === nodeType.Text || (holdsText(node) && options.state === writerState.OpenTag)
      ? ''
      : (endline(node, options, level) as string);
  return writer;
}
