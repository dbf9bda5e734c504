# Sourced by the load and fault scripts. production_settings DIR: writes a throw-away self-signed Data Protection
# certificate to DIR and sets the array `production` to the settings a Production host needs (README, Configuration).
production_settings() {
  local dir="$1"
  openssl req -x509 -newkey rsa:2048 -nodes -subj "/CN=InspectionSuite benchmark" -days 2 \
    -keyout "$dir/dataprotection.key" -out "$dir/dataprotection.crt" 2>/dev/null
  openssl pkcs12 -export -inkey "$dir/dataprotection.key" -in "$dir/dataprotection.crt" \
    -out "$dir/dataprotection.pfx" -passout pass:benchmark
  production=(--AllowedHosts="127.0.0.1;localhost" --DataProtection:CertificatePath="$dir/dataprotection.pfx"
    --DataProtection:CertificatePassword=benchmark)
}
