/** Small key/value facts about this installation (e.g. the secret-key check value). */
export interface PlatformSettingsTable {
  name: string;
  value: string;
}

export interface SecretsTables {
  platform_settings: PlatformSettingsTable;
}
