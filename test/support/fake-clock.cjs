// Preloaded into the built binary (node --require) to fake the process clock: Date.now() and
// `new Date()` read WXHELP_FAKE_NOW (an ISO instant); everything else about Date is unchanged.
'use strict';
const fixed = Date.parse(process.env.WXHELP_FAKE_NOW ?? '');
if (Number.isFinite(fixed)) {
  const RealDate = Date;
  class FakeDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(fixed);
      else super(...args);
    }
    static now() {
      return fixed;
    }
  }
  globalThis.Date = FakeDate;
}
