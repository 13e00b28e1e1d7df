using System.Text.Json.Serialization;

namespace FiveStar.Criteria.Json;

[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    MaxDepth = 64)]
[JsonSerializable(typeof(CriteriaDocumentDto))]
[JsonSerializable(typeof(WorkflowDto))]
[JsonSerializable(typeof(List<WorkflowDto>))]
internal sealed partial class CriteriaJsonContext : JsonSerializerContext;
