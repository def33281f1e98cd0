package dev.turnpike.usageplans.metering;

class InMemoryUsageLedgerTest extends UsageLedgerContract {
  @Override
  protected UsageLedger newLedger() {
    return new InMemoryUsageLedger();
  }
}
