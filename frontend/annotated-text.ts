import { LitElement, html, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';

/**
 * One annotation as the server sends it. Offsets are UTF-16 code units, like JavaScript strings;
 * the Java side converts from and to Goldset's code-point offsets (docs/decisions/001).
 */
export interface TextSpan {
  id: number;
  start: number;
  end: number;
  label: string;
  status: 'PENDING' | 'ACCEPTED' | 'REJECTED';
  colour: string;
}

/** The current event: its trigger and its arguments with their roles (UTF-16 offsets). */
export interface EventFocus {
  triggerStart: number;
  triggerEnd: number;
  arguments: { start: number; end: number; role: string }[];
}

interface Block {
  start: number;
  end: number;
}

/** Characters per block: a block is rendered only when it comes near the viewport. */
const BLOCK_SIZE = 1500;
/** How far outside the viewport blocks are rendered ahead of scrolling. */
const RENDER_MARGIN = '1200px';

/**
 * The article with its annotations. The text is always rendered as text (Lit escapes it), never
 * as HTML. Long articles are cut into blocks at paragraph breaks; a block renders its annotations
 * only once it is within a margin of the viewport, so a 50,000-character article with thousands of
 * annotations opens as fast as a short one. Overlapping and nested annotations stay visible: each
 * extra layer adds an underline, and clicking the same place again cycles through them.
 *
 * The current event (eventFocus) is shown in the text: its trigger outlined and scrolled into view, its
 * arguments outlined with their role written after them.
 *
 * Events: `span-click` {id}, `text-select` {start, end} (UTF-16 offsets of a mouse selection).
 */
@customElement('goldset-annotated-text')
export class AnnotatedText extends LitElement {
  @property({ type: String }) text = '';
  @property({ attribute: false }) spans: TextSpan[] = [];
  @property({ type: Number, attribute: 'selected-id' }) selectedId = -1;
  @property({ type: Boolean, attribute: 'show-rejected' }) showRejected = false;
  @property({ attribute: false }) eventFocus: EventFocus | null = null;

  @state() private visibleBlocks = new Set<number>();

  private blocks: Block[] = [];
  private blockText = '';
  /** Spans per block, and a version per block that changes only when its spans change. */
  private spansByBlock: TextSpan[][] = [];
  private blockVersions: number[] = [];
  private observer?: IntersectionObserver;

  // Light DOM: the browser's selection API then sees the text nodes directly.
  protected createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this.addEventListener('mouseup', this.onMouseUp);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('mouseup', this.onMouseUp);
    this.observer?.disconnect();
  }

  protected willUpdate(changed: Map<string, unknown>) {
    if (this.blockText !== this.text) {
      this.blocks = splitIntoBlocks(this.text);
      this.blockText = this.text;
      this.visibleBlocks = new Set([0, 1]);
      this.blockVersions = this.blocks.map(() => 0);
      this.spansByBlock = this.blocks.map(() => []);
      changed.set('spans', undefined);
    }
    if (changed.has('spans')) {
      this.assignSpans();
    }
  }

  protected updated(changed: Map<string, unknown>) {
    if (changed.has('text')) {
      this.observeBlocks();
    }
    if (changed.has('selectedId') && this.selectedId >= 0) {
      // Scrolling forces a layout of the whole article: do it after the decision has been painted.
      requestAnimationFrame(() => setTimeout(() => this.revealSelected()));
    }
    if (changed.has('eventFocus') && this.eventFocus) {
      requestAnimationFrame(() => setTimeout(() => this.revealFocus()));
    }
  }

  render() {
    const selectedBlock = this.blockOfSpan(this.selectedId);
    // Only the blocks the current event touches are redrawn when it changes.
    const focusKey = JSON.stringify(this.eventFocus);
    const focusBlocks = this.focusBlocks();
    // No whitespace between elements: the text is laid out with white-space: pre-wrap.
    return html`<div class="gs-text" role="document">${this.blocks.map((block, index) =>
      this.visibleBlocks.has(index)
        ? html`<div class="gs-block" data-block=${index}>${guard(
            [this.blockVersions[index], index === selectedBlock ? this.selectedId : -1, this.showRejected,
              focusBlocks.has(index) ? focusKey : ''],
            () => this.renderBlock(block, this.spansByBlock[index]))}</div>`
        : html`<div class="gs-block gs-placeholder" data-block=${index} data-start=${block.start}
              style="min-height:${estimateHeight(block)}px">${this.text.substring(block.start, block.end)}</div>`
    )}</div>`;
  }

  /**
   * Replaces and removes single annotations without resending the whole list: a decision on a long
   * article costs one small message, not thousands of spans.
   */
  updateSpans(changed: TextSpan[], removedIds: number[]) {
    // Keep unchanged span objects (so their blocks are not redrawn) and the original order.
    const byId = new Map(changed.map(s => [s.id, s]));
    const kept = this.spans.filter(s => !removedIds.includes(s.id)).map(s => byId.get(s.id) ?? s);
    const added = changed.filter(s => !this.spans.some(old => old.id === s.id));
    this.spans = [...kept, ...added];
  }

  /** Scrolls the selected annotation into view, rendering its block first if needed. */
  async revealSelected() {
    const span = this.spans.find(s => s.id === this.selectedId);
    if (!span) return;
    const index = this.blocks.findIndex(b => span.start >= b.start && span.start < b.end);
    if (index >= 0 && !this.visibleBlocks.has(index)) {
      this.visibleBlocks = new Set([...this.visibleBlocks, index]);
      await this.updateComplete;
    }
    const mark = this.querySelector(`mark[data-ids~="${span.id}"]`);
    mark?.scrollIntoView({ block: 'nearest', behavior: 'auto' });
  }

  private focusBlocks(): Set<number> {
    const blocks = new Set<number>();
    const focus = this.eventFocus;
    if (!focus) return blocks;
    for (const range of [{ start: focus.triggerStart, end: focus.triggerEnd }, ...focus.arguments]) {
      for (let i = this.blockIndexAt(range.start); i < this.blocks.length && this.blocks[i].start < range.end; i++) {
        blocks.add(i);
      }
    }
    return blocks;
  }

  /** Scrolls the current event's trigger into view, rendering its block first if needed. */
  async revealFocus() {
    if (!this.eventFocus) return;
    const index = this.blockIndexAt(this.eventFocus.triggerStart);
    if (!this.visibleBlocks.has(index)) {
      this.visibleBlocks = new Set([...this.visibleBlocks, index]);
      await this.updateComplete;
    }
    this.querySelector('.gs-trigger')?.scrollIntoView({ block: 'nearest', behavior: 'auto' });
  }

  private renderBlock(block: Block, spans: TextSpan[]): TemplateResult[] {
    const shown = spans.filter(s => this.showRejected || s.status !== 'REJECTED');
    const cuts = new Set<number>([block.start, block.end]);
    const focus = this.eventFocus;
    const ranges = focus ? [{ start: focus.triggerStart, end: focus.triggerEnd }, ...focus.arguments] : [];
    for (const range of ranges) {
      for (const edge of [range.start, range.end]) {
        if (edge > block.start && edge < block.end) cuts.add(edge);
      }
    }
    for (const s of shown) {
      cuts.add(Math.max(s.start, block.start));
      cuts.add(Math.min(s.end, block.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const parts: TemplateResult[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i];
      const to = points[i + 1];
      const covering = shown
        .filter(s => s.start <= from && s.end >= to)
        .sort((a, b) => (a.end - a.start) - (b.end - b.start));
      const piece = this.text.substring(from, to);
      const inTrigger = focus !== null && from >= focus.triggerStart && to <= focus.triggerEnd;
      const argument = focus?.arguments.find(a => from >= a.start && to <= a.end);
      const trigger = inTrigger ? 'gs-trigger' : argument ? 'gs-argument-mark' : '';
      const roleTag = argument && argument.end === to
        ? html`<sub class="gs-role-tag">${focus!.arguments.filter(a => a.start === argument.start && a.end === argument.end)
            .map(a => a.role).join(' · ')}</sub>`
        : null;
      if (covering.length === 0) {
        parts.push(html`<span data-start=${from} class=${trigger}>${piece}</span>`);
        if (roleTag) parts.push(roleTag);
        continue;
      }
      const top = covering[0];
      const selected = covering.some(s => s.id === this.selectedId);
      const layers = covering.slice(1, 4).map((s, k) => `0 ${2 * (k + 2)}px 0 0 ${s.colour}`).join(',');
      parts.push(html`<mark data-start=${from} data-ids=${covering.map(s => s.id).join(' ')} class="gs-span gs-${top.status.toLowerCase()} ${selected ? 'gs-selected' : ''} ${trigger}" style="--gs-colour:${top.colour};${layers ? `box-shadow:${layers}` : ''}" title=${covering.map(s => `${s.label} (${s.status.toLowerCase()})`).join(' · ')} @click=${(e: Event) => this.onSpanClick(e, covering)}>${piece}</mark>`);
      if (covering.some(s => s.end === to) && top.end === to) {
        parts.push(html`<sup class="gs-label" style="--gs-colour:${top.colour}">${top.label}</sup>`);
      }
      if (roleTag) parts.push(roleTag);
    }
    return parts;
  }

  /** Sorts spans into blocks; a block whose spans changed gets a new version and is redrawn. */
  private assignSpans() {
    const byBlock: TextSpan[][] = this.blocks.map(() => []);
    for (const span of this.spans) {
      for (let i = this.blockIndexAt(span.start); i < this.blocks.length && this.blocks[i].start < span.end; i++) {
        byBlock[i].push(span);
      }
    }
    byBlock.forEach((spans, i) => {
      const old = this.spansByBlock[i] ?? [];
      if (old.length !== spans.length || spans.some((s, k) => s !== old[k])) {
        this.blockVersions[i] = (this.blockVersions[i] ?? 0) + 1;
      }
    });
    this.spansByBlock = byBlock;
  }

  private blockIndexAt(offset: number): number {
    let low = 0;
    let high = this.blocks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.blocks[middle].start <= offset) low = middle; else high = middle - 1;
    }
    return low;
  }

  private blockOfSpan(id: number): number {
    const span = id >= 0 ? this.spans.find(s => s.id === id) : undefined;
    return span ? this.blockIndexAt(span.start) : -1;
  }

  private onSpanClick(event: Event, covering: TextSpan[]) {
    if (!window.getSelection()?.isCollapsed) return; // a drag that ends on a span selects text
    event.stopPropagation();
    const current = covering.findIndex(s => s.id === this.selectedId);
    const next = covering[(current + 1) % covering.length];
    this.dispatchEvent(new CustomEvent('span-click', { detail: { id: next.id }, bubbles: true, composed: true }));
  }

  private onMouseUp = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const start = this.offsetOf(range.startContainer, range.startOffset);
    const end = this.offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return;
    this.dispatchEvent(new CustomEvent('text-select', { detail: { start, end }, bubbles: true, composed: true }));
  };

  /** UTF-16 offset in the article of a DOM position inside this component, or null. */
  private offsetOf(node: Node, offset: number): number | null {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    const piece = element?.closest('[data-start]') as HTMLElement | null;
    if (!piece || !this.contains(piece)) return null;
    const base = Number(piece.dataset.start);
    return node.nodeType === Node.TEXT_NODE ? base + offset : base;
  }

  private observeBlocks() {
    this.observer?.disconnect();
    this.observer = new IntersectionObserver(entries => {
      const more = entries.filter(e => e.isIntersecting).map(e => Number((e.target as HTMLElement).dataset.block));
      if (more.some(i => !this.visibleBlocks.has(i))) {
        this.visibleBlocks = new Set([...this.visibleBlocks, ...more]);
      }
    }, { rootMargin: RENDER_MARGIN });
    this.querySelectorAll('.gs-block').forEach(block => this.observer!.observe(block));
  }
}

/** Cuts the text at paragraph breaks into blocks of about BLOCK_SIZE characters. */
function splitIntoBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + BLOCK_SIZE);
    if (end < text.length) {
      const paragraph = text.indexOf('\n', end);
      end = paragraph === -1 ? text.length : paragraph + 1;
    }
    blocks.push({ start, end });
    start = end;
  }
  return blocks.length ? blocks : [{ start: 0, end: 0 }];
}

function estimateHeight(block: Block): number {
  return Math.ceil((block.end - block.start) / 90) * 28;
}

declare global {
  interface HTMLElementTagNameMap {
    'goldset-annotated-text': AnnotatedText;
  }
}

