namespace InspectionSuite.Sampling;

/// <summary>
/// Natural logarithm from IEEE-754 +, −, ×, ÷ only (correctly rounded everywhere), because
/// <see cref="Math.Log(double)"/> may differ in the last bit between platforms and a draw must not.
/// </summary>
public static class DeterministicMath
{
    private const double Ln2 = 0.6931471805599453;
    private const double Sqrt2 = 1.4142135623730951;

    /// <summary>ln(x) for a positive normal double.</summary>
    public static double Ln(double x)
    {
        if (!(x > 0) || double.IsInfinity(x) || !double.IsNormal(x)) throw new ArgumentOutOfRangeException(nameof(x));
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        var m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L); // [1, 2)
        if (m > Sqrt2) { m /= 2; exponent++; }
        // ln m = 2·atanh(z), z = (m−1)/(m+1), |z| ≤ 0.1716; 14 terms leave error below 1e-21.
        var z = (m - 1) / (m + 1);
        var z2 = z * z;
        var sum = 0.0;
        for (var k = 27; k >= 1; k -= 2) sum = sum * z2 + 1.0 / k;
        return exponent * Ln2 + 2 * z * sum;
    }
}
