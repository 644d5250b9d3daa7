import { ReadFailure } from './limits.ts';
import { localName, nameEnd, richText } from './read-xml-text.ts';
import type { XmlScanner } from './read-xml-stream.ts';

/**
 * Streams `sharedStrings.xml` into the string table. The table itself has to
 * be held (cells refer to it by index), but the part's XML never is. More
 * strings than the cell cap could ever reference is a hostile file.
 */
export class SharedStringsScanner implements XmlScanner {
  readonly strings: string[] = [];
  done = false;

  constructor(private readonly maxStrings: number) {}

  scan(text: string, _final: boolean): number {
    let i = 0;
    for (;;) {
      const lt = text.indexOf('<', i);
      if (lt < 0) return text.length;
      const end = nameEnd(text, lt + 1);
      if (end >= text.length) return lt;
      const qname = text.slice(lt + 1, end);
      const gt = text.indexOf('>', end);
      if (gt < 0) return lt;
      if (localName(qname) !== 'si' || text.charCodeAt(lt + 1) === 47) {
        i = gt + 1;
        continue;
      }
      if (text.charCodeAt(gt - 1) === 47) {
        this.add('');
        i = gt + 1;
        continue;
      }
      const close = text.indexOf(`</${qname}>`, gt + 1);
      if (close < 0) return lt;
      this.add(richText(text.slice(gt + 1, close)));
      i = close + qname.length + 3;
    }
  }

  private add(s: string): void {
    if (this.strings.length >= this.maxStrings) {
      throw new ReadFailure('file/too-many-cells', { limit: this.maxStrings, part: 'sharedStrings' });
    }
    this.strings.push(s);
  }
}
