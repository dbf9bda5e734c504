using InspectionSuite.EntityFrameworkCore;

namespace InspectionSuite.Web;

/// <summary>
/// A request changes data unless it is a GET, HEAD or OPTIONS: its database scope then takes a connection from the
/// commands' pool (<see cref="SqliteConnectionPools"/>). Outside a request (hosted services) the scope reads.
/// </summary>
public sealed class HttpScopeWorkload(IHttpContextAccessor accessor) : IScopeWorkload
{
    public bool ChangesData => accessor.HttpContext?.Request.Method is { } method
                               && !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
}
