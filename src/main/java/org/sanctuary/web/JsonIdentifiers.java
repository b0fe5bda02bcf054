package org.sanctuary.web;

import java.util.UUID;
import java.util.function.Function;
import org.sanctuary.access.OfficeId;
import org.sanctuary.procedure.CaseId;
import org.sanctuary.registry.GroupId;
import org.sanctuary.registry.PersonId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/** Identifiers travel in JSON as plain UUID strings, not as objects; the domain stays free of Jackson. */
@Configuration
class JsonIdentifiers {

  @Bean
  SimpleModule identifierModule() {
    SimpleModule module = new SimpleModule("sanctuary-identifiers");
    register(module, PersonId.class, PersonId::value, PersonId::new);
    register(module, GroupId.class, GroupId::value, GroupId::new);
    register(module, OfficeId.class, OfficeId::value, OfficeId::new);
    register(module, CaseId.class, CaseId::value, CaseId::new);
    return module;
  }

  private static <T> void register(
      SimpleModule module, Class<T> type, Function<T, UUID> toUuid, Function<UUID, T> fromUuid) {
    module.addSerializer(
        type,
        new ValueSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(toUuid.apply(value).toString());
          }
        });
    module.addDeserializer(
        type,
        new ValueDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) {
            return fromUuid.apply(UUID.fromString(p.getValueAsString()));
          }
        });
  }
}
