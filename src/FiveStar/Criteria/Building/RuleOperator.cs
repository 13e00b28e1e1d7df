namespace FiveStar.Criteria.Building;

/// <summary>How a criterion's nested rules are combined; the document model keeps the operator as written.</summary>
internal enum RuleOperator
{
    /// <summary>Every nested rule holds (<c>And</c>, <c>AndAlso</c>).</summary>
    And,

    /// <summary>At least one nested rule holds (<c>Or</c>, <c>OrElse</c>).</summary>
    Or,
}
