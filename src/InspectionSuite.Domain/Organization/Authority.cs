namespace InspectionSuite.Organization;

/// <summary>An authority that runs cases: Thanh tra tỉnh or Sở Nội vụ.</summary>
public sealed class Authority : Entity<Guid>
{
    public AuthorityCode Code { get; private set; }
    public string NameVi { get; private set; } = "";
    public string NameEn { get; private set; } = "";

    private Authority() { }

    public Authority(Guid id, AuthorityCode code, string nameVi, string nameEn)
    {
        Id = id;
        Code = code;
        NameVi = nameVi;
        NameEn = nameEn;
    }

    public string Name(string culture) => culture == "en" ? NameEn : NameVi;
}
