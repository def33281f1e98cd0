package dev.turnpike.gateway.pipeline;

import dev.turnpike.gateway.error.GatewayError;

/**
 * What a stage decided: go on to the next stage, refuse the request with a gateway error, or done
 * (the stage has answered the client itself).
 */
public sealed interface StageResult {

  StageResult NEXT = new Next();
  StageResult DONE = new Done();

  static StageResult refuse(GatewayError error) {
    return new Refused(error);
  }

  /** True when the next stage should run. */
  default boolean proceeds() {
    return this instanceof Next;
  }

  record Next() implements StageResult {}

  record Done() implements StageResult {}

  record Refused(GatewayError error) implements StageResult {}
}
