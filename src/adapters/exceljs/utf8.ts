/**
 * Text encoded to UTF-8 as it comes, into one growing buffer: a patched sheet of 100,000 rows is never held as
 * 200,000 row strings (which the garbage collector would copy, again and again, until the part is written) nor
 * joined into one string only to be encoded after. Browser-safe (TextEncoder.encodeInto).
 */
const encoder = new TextEncoder();

/** Characters gathered before one encodeInto call. */
const RUN = 1 << 16;

export class Utf8Sink {
  private buf: Uint8Array;
  private at = 0;
  private run = "";

  /** `capacity`: the expected size in bytes (one a character for ASCII); the buffer grows past it if needed. */
  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(1024, Math.ceil(capacity)));
  }

  push(text: string): void {
    this.run += text;
    if (this.run.length >= RUN) this.flush();
  }

  /** The bytes so far (a view on the buffer; push no more after taking them). */
  bytes(): Uint8Array {
    this.flush();
    return this.buf.subarray(0, this.at);
  }

  private flush(): void {
    let s = this.run;
    this.run = "";
    while (s.length > 0) {
      const r = encoder.encodeInto(s, this.buf.subarray(this.at));
      this.at += r.written;
      if (r.read === s.length) return;
      s = s.slice(r.read);
      const grown = new Uint8Array(Math.max(this.buf.length * 2, this.at + s.length * 3));
      grown.set(this.buf.subarray(0, this.at));
      this.buf = grown;
    }
  }
}

/** UTF-8 bytes of a text, through a sink sized for it. */
export function utf8(text: string): Uint8Array {
  const sink = new Utf8Sink(text.length);
  sink.push(text);
  return sink.bytes();
}
