import * as layoutModule from 'pdfmake/js/LayoutBuilder.js';
import * as writerModule from 'pdfmake/js/ElementWriter.js';
import * as rendererModule from 'pdfmake/js/Renderer.js';

// A tagged PDF (PDF/UA) from pdfmake. pdfmake 0.3 hands `tagged`, `lang`, `subset` and `displayTitle` on to
// pdfkit, which then writes the document's language, /MarkInfo and a StructTreeRoot; but it marks none of
// the content it draws, so the tree would stay empty. This adds that, without a fork of pdfmake:
// - the report's document definition names the role of a node in a `pdfTag` property (H1, H2, H3, P,
//   Table, TH, TD, L, LI, Div, Figure, Artifact; see the renderers);
// - while pdfmake lays the document out, every line and chart it places is given the roles of the nodes
//   it lies in (its tag path);
// - while pdfmake draws a page, each line is drawn inside marked content that belongs to the structure
//   element of its path (the elements are made as they are first met, in reading order, so a table that
//   runs over two pages stays one Table), and everything else it draws (rules, backgrounds, list bullets,
//   page headers and footers) as an artifact, which a screen reader skips.
// A text of a container (a table cell's stack, a Div) is a paragraph (P) of its own.

/** The role of a node in the document's structure, as the renderers put it in a node's `pdfTag`. */
export type PdfRole = 'H1' | 'H2' | 'H3' | 'P' | 'Table' | 'TR' | 'TH' | 'TD' | 'L' | 'LI' | 'LBody' | 'Div' | 'Figure' | 'Artifact';

/** A node's `pdfTag`: its role, or its role with the row it belongs to (a table cell) or an alternative text (a chart). */
export type PdfTag = PdfRole | { role: PdfRole; row?: object; alt?: string };

interface Tag { key: object; role: PdfRole; row?: object; alt?: string }

/** Roles whose own lines are their content; in any other a text is a paragraph (or a list item's body). */
const HOLDS_TEXT = new Set<PdfRole>(['H1', 'H2', 'H3', 'P', 'TH', 'TD', 'LBody', 'Figure', 'Artifact']);

// pdfmake's layout and drawing classes. Its package has no "exports" map, so its CommonJS modules can be
// imported by path; they are the very ones pdfmake's own index.js loads. Each exports its class as
// `default`, which arrives wrapped once more when the API runs as ES modules (the tests): unwrap to the class.
type Proto = Record<string, (...args: unknown[]) => unknown>;
function proto(module: unknown): Proto {
  let m = module as { default?: unknown } | ((...a: unknown[]) => unknown);
  while (typeof m !== 'function' && m?.default) m = m.default as typeof m;
  return (m as unknown as { prototype: Proto }).prototype;
}

/** The tag path while pdfmake lays out: the nodes with a pdfTag that the node being laid out lies in. */
const path: Tag[] = [];
/** The key of the paragraph a text makes of itself: its node is the key of its own pdfTag, if it has one. */
const ownKeys = new WeakMap<object, object>();
function ownKey(node: object): object {
  let key = ownKeys.get(node);
  if (!key) ownKeys.set(node, (key = {}));
  return key;
}

function tagOf(node: { pdfTag?: PdfTag }): Tag | null {
  const t = node.pdfTag;
  if (!t) return null;
  return typeof t === 'string' ? { key: node, role: t } : { key: node, ...t };
}

/** pdfkit's structure element (PDFStructureElement), as far as it is used here. */
interface Struct { add(child: unknown): Struct; end(): void }
interface Element { struct: Struct; role: PdfRole }
/** pdfkit's document with its markings (pdfkit's MarkingsMixin), as far as they are used here. */
interface Doc {
  options: { tagged?: boolean };
  struct(type: string, options?: object): Struct;
  addStructure(e: Struct): unknown;
  markStructureContent(tag: string, options?: object): unknown;
  markContent(tag: string, options?: object | null): unknown;
  endMarkedContent(): unknown;
}

/** The structure elements of one document, made as their content is first drawn. */
class StructureBuilder {
  private readonly root: Struct;
  private readonly elements = new Map<object, Element>();

  constructor(private readonly doc: Doc) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** The element a line with this tag path belongs to, made (with the ones above it) when first met. */
  element(tags: readonly Tag[]): Element {
    let parent: Element = { struct: this.root, role: 'Div' };
    for (const tag of tags) {
      if (tag.row && (tag.role === 'TD' || tag.role === 'TH')) parent = this.child(parent, tag.row, 'TR');
      parent = this.child(parent, tag.key, tag.role, tag.alt);
    }
    return parent;
  }

  private child(parent: Element, key: object, role: PdfRole, alt?: string): Element {
    let e = this.elements.get(key);
    if (!e) {
      e = { struct: this.doc.struct(role, alt ? { alt } : {}), role };
      parent.struct.add(e.struct);
      this.elements.set(key, e);
    }
    return e;
  }

  /** Draws `draw` as content of the element of `tags`; without tags, or in an artifact, as an artifact. */
  mark(tags: readonly Tag[] | undefined, draw: () => void): void {
    if (!tags || tags.length === 0 || tags.some((t) => t.role === 'Artifact')) {
      this.doc.markContent('Artifact', tags?.length ? { type: 'Pagination' } : null);
      draw();
      this.doc.endMarkedContent();
      return;
    }
    const e = this.element(tags);
    const content = this.doc.markStructureContent(e.role);
    draw();
    this.doc.endMarkedContent();
    e.struct.add(content);
  }

  end(): void {
    this.root.end();
  }
}

let installed = false;

/** Teaches pdfmake to carry the `pdfTag` roles into a tagged PDF's structure. Idempotent. */
export function installPdfTagging(): void {
  if (installed) return;
  installed = true;
  const layout = proto(layoutModule);
  const writer = proto(writerModule);
  const renderer = proto(rendererModule);

  const processNode = layout.processNode!;
  layout.processNode = function (this: unknown, ...args: unknown[]) {
    const tag = tagOf(args[0] as { pdfTag?: PdfTag });
    if (tag) path.push(tag);
    try {
      return processNode.apply(this, args);
    } finally {
      if (tag) path.pop();
    }
  };
  const processLeaf = layout.processLeaf!;
  layout.processLeaf = function (this: unknown, ...args: unknown[]) {
    const inner = path[path.length - 1];
    // A text straight in a container is a paragraph of its own (in a list item: the item's body).
    const own: Tag | null = inner && HOLDS_TEXT.has(inner.role) ? null : { key: ownKey(args[0] as object), role: inner?.role === 'LI' ? 'LBody' : 'P' };
    if (own) path.push(own);
    try {
      return processLeaf.apply(this, args);
    } finally {
      if (own) path.pop();
    }
  };
  for (const method of ['addLine', 'addSVG', 'addImage']) {
    const original = writer[method]!;
    writer[method] = function (this: unknown, ...args: unknown[]) {
      (args[0] as { _pdfTags?: Tag[] })._pdfTags = path.slice();
      return original.apply(this, args);
    };
  }

  const renderPages = renderer.renderPages!;
  renderer.renderPages = function (this: { pdfDocument: Doc; _structure?: StructureBuilder }, ...args: unknown[]) {
    if (!this.pdfDocument.options.tagged) return renderPages.apply(this, args);
    this._structure = new StructureBuilder(this.pdfDocument);
    const result = renderPages.apply(this, args);
    this._structure.end();
    return result;
  };
  for (const [method, tagged] of [['renderLine', true], ['renderSVG', true], ['renderImage', true], ['renderVector', false]] as const) {
    const original = renderer[method]!;
    renderer[method] = function (this: { _structure?: StructureBuilder }, ...args: unknown[]) {
      if (!this._structure) return original.apply(this, args);
      let result: unknown;
      this._structure.mark(tagged ? (args[0] as { _pdfTags?: Tag[] })._pdfTags : undefined, () => { result = original.apply(this, args); });
      return result;
    };
  }
}
