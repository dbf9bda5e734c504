namespace InspectionSuite.Organization;

/// <summary>The two authorities that run cases.</summary>
public enum AuthorityCode
{
    /// <summary>Thanh tra tỉnh — Provincial Inspectorate.</summary>
    ThanhTra = 0,
    /// <summary>Sở Nội vụ — Department of Home Affairs.</summary>
    NoiVu = 1,
}
