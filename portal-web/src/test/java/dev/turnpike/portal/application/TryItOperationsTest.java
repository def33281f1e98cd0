package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.definition.RequestValidation;
import dev.turnpike.portal.application.CatalogView.Operation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TryItOperationsTest {

  @Test
  void offers_each_method_with_its_parameters_sorted_by_path() {
    ApiDefinition api =
        new ApiDefinition(
            "A",
            "1",
            List.of(
                new MethodDefinition(
                    "GET",
                    "/pets/{petId}",
                    true,
                    "getPet",
                    Integration.mock("{}"),
                    new RequestValidation(
                        true,
                        false,
                        List.of(
                            "method.request.querystring.fields",
                            "method.request.header.x-trace",
                            "method.request.path.petId"),
                        Map.of())),
                new MethodDefinition("POST", "/pets", false, "addPet", Integration.mock("{}"))),
            null,
            null);

    List<Operation> operations = TryItOperations.of(api);

    assertThat(operations)
        .containsExactly(
            new Operation("POST", "/pets", false, List.of(), List.of(), List.of()),
            new Operation(
                "GET",
                "/pets/{petId}",
                true,
                List.of("petId"),
                List.of("fields"),
                List.of("x-trace")));
  }

  @Test
  void any_is_offered_as_each_common_verb_and_greedy_parameters_keep_their_plus() {
    ApiDefinition api =
        new ApiDefinition(
            "A",
            "1",
            List.of(new MethodDefinition("ANY", "/{proxy+}", false, "p", Integration.mock("{}"))),
            null,
            null);

    assertThat(TryItOperations.of(api))
        .extracting(Operation::method)
        .containsExactly("GET", "POST", "PUT", "PATCH", "DELETE");
    assertThat(TryItOperations.of(api).get(0).pathParameters()).containsExactly("proxy+");
  }
}
