"""Creates an agent status for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_AGENT_STATUS_STATE_VALUES = frozenset(
    (
        "ENABLED",
        "DISABLED",
    )
)
_PATTERN_1 = _rt.Pattern(
    "^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",
    "^(?!aws:)[^\\x00-\\x1F!-*,;<>?\\[-\\^`{-\\x9F\\xA1-\\xA9\\xAB-\\xB1\\xB4\\xB6-\\xB8\\xBB\\xBF\\xD7\\xF7\\u02C2-\\u02C5\\u02D2-\\u02DF\\u02E5-\\u02EB\\u02ED\\u02EF-\\u036F\\u0375\\u0378\\u0379\\u037E\\u0380-\\u0385\\u0387\\u038B\\u038D\\u03A2\\u03F6\\u0482-\\u0489\\u0530\\u0557\\u0558\\u055A-\\u055F\\u0589-\\u05CF\\u05EB-\\u05EE\\u05F3-\\u061F\\u064B-\\u065F\\u066A-\\u066D\\u0670\\u06D4\\u06D6-\\u06E4\\u06E7-\\u06ED\\u06FD\\u06FE\\u0700-\\u070F\\u0711\\u0730-\\u074C\\u07A6-\\u07B0\\u07B2-\\u07BF\\u07EB-\\u07F3\\u07F6-\\u07F9\\u07FB-\\u07FF\\u0816-\\u0819\\u081B-\\u0823\\u0825-\\u0827\\u0829-\\u083F\\u0859-\\u085F\\u086B-\\u086F\\u0888\\u088F-\\u089F\\u08CA-\\u0903\\u093A-\\u093C\\u093E-\\u094F\\u0951-\\u0957\\u0962-\\u0965\\u0970\\u0981-\\u0984\\u098D\\u098E\\u0991\\u0992\\u09A9\\u09B1\\u09B3-\\u09B5\\u09BA-\\u09BC\\u09BE-\\u09CD\\u09CF-\\u09DB\\u09DE\\u09E2-\\u09E5\\u09F2\\u09F3\\u09FA\\u09FB\\u09FD-\\u0A04\\u0A0B-\\u0A0E\\u0A11\\u0A12\\u0A29\\u0A31\\u0A34\\u0A37\\u0A3A-\\u0A58\\u0A5D\\u0A5F-\\u0A65\\u0A70\\u0A71\\u0A75-\\u0A84\\u0A8E\\u0A92\\u0AA9\\u0AB1\\u0AB4\\u0ABA-\\u0ABC\\u0ABE-\\u0ACF\\u0AD1-\\u0ADF\\u0AE2-\\u0AE5\\u0AF0-\\u0AF8\\u0AFA-\\u0B04\\u0B0D\\u0B0E\\u0B11\\u0B12\\u0B29\\u0B31\\u0B34\\u0B3A-\\u0B3C\\u0B3E-\\u0B5B\\u0B5E\\u0B62-\\u0B65\\u0B70\\u0B78-\\u0B82\\u0B84\\u0B8B-\\u0B8D\\u0B91\\u0B96-\\u0B98\\u0B9B\\u0B9D\\u0BA0-\\u0BA2\\u0BA5-\\u0BA7\\u0BAB-\\u0BAD\\u0BBA-\\u0BCF\\u0BD1-\\u0BE5\\u0BF3-\\u0C04\\u0C0D\\u0C11\\u0C29\\u0C3A-\\u0C3C\\u0C3E-\\u0C57\\u0C5B\\u0C5C\\u0C5E\\u0C5F\\u0C62-\\u0C65\\u0C70-\\u0C77\\u0C7F\\u0C81-\\u0C84\\u0C8D\\u0C91\\u0CA9\\u0CB4\\u0CBA-\\u0CBC\\u0CBE-\\u0CDC\\u0CDF\\u0CE2-\\u0CE5\\u0CF0\\u0CF3-\\u0D03\\u0D0D\\u0D11\\u0D3B\\u0D3C\\u0D3E-\\u0D4D\\u0D4F-\\u0D53\\u0D57\\u0D62-\\u0D65\\u0D79\\u0D80-\\u0D84\\u0D97-\\u0D99\\u0DB2\\u0DBC\\u0DBE\\u0DBF\\u0DC7-\\u0DE5\\u0DF0-\\u0E00\\u0E31\\u0E34-\\u0E3F\\u0E47-\\u0E4F\\u0E5A-\\u0E80\\u0E83\\u0E85\\u0E8B\\u0EA4\\u0EA6\\u0EB1\\u0EB4-\\u0EBC\\u0EBE\\u0EBF\\u0EC5\\u0EC7-\\u0ECF\\u0EDA\\u0EDB\\u0EE0-\\u0EFF\\u0F01-\\u0F1F\\u0F34-\\u0F3F\\u0F48\\u0F6D-\\u0F87\\u0F8D-\\u0FFF\\u102B-\\u103E\\u104A-\\u104F\\u1056-\\u1059\\u105E-\\u1060\\u1062-\\u1064\\u1067-\\u106D\\u1071-\\u1074\\u1082-\\u108D\\u108F\\u109A-\\u109F\\u10C6\\u10C8-\\u10CC\\u10CE\\u10CF\\u10FB\\u1249\\u124E\\u124F\\u1257\\u1259\\u125E\\u125F\\u1289\\u128E\\u128F\\u12B1\\u12B6\\u12B7\\u12BF\\u12C1\\u12C6\\u12C7\\u12D7\\u1311\\u1316\\u1317\\u135B-\\u1368\\u137D-\\u137F\\u1390-\\u139F\\u13F6\\u13F7\\u13FE-\\u1400\\u166D\\u166E\\u169B-\\u169F\\u16EB-\\u16ED\\u16F9-\\u16FF\\u1712-\\u171E\\u1732-\\u173F\\u1752-\\u175F\\u176D\\u1771-\\u177F\\u17B4-\\u17D6\\u17D8-\\u17DB\\u17DD-\\u17DF\\u17EA-\\u17EF\\u17FA-\\u180F\\u181A-\\u181F\\u1879-\\u187F\\u1885\\u1886\\u18A9\\u18AB-\\u18AF\\u18F6-\\u18FF\\u191F-\\u1945\\u196E\\u196F\\u1975-\\u197F\\u19AC-\\u19AF\\u19CA-\\u19CF\\u19DB-\\u19FF\\u1A17-\\u1A1F\\u1A55-\\u1A7F\\u1A8A-\\u1A8F\\u1A9A-\\u1AA6\\u1AA8-\\u1B04\\u1B34-\\u1B44\\u1B4D-\\u1B4F\\u1B5A-\\u1B82\\u1BA1-\\u1BAD\\u1BE6-\\u1BFF\\u1C24-\\u1C3F\\u1C4A-\\u1C4C\\u1C7E\\u1C7F\\u1C89-\\u1C8F\\u1CBB\\u1CBC\\u1CC0-\\u1CE8\\u1CED\\u1CF4\\u1CF7-\\u1CF9\\u1CFB-\\u1CFF\\u1DC0-\\u1DFF\\u1F16\\u1F17\\u1F1E\\u1F1F\\u1F46\\u1F47\\u1F4E\\u1F4F\\u1F58\\u1F5A\\u1F5C\\u1F5E\\u1F7E\\u1F7F\\u1FB5\\u1FBD\\u1FBF-\\u1FC1\\u1FC5\\u1FCD-\\u1FCF\\u1FD4\\u1FD5\\u1FDC-\\u1FDF\\u1FED-\\u1FF1\\u1FF5\\u1FFD-\\u1FFF\\u200B-\\u2027\\u202A-\\u202E\\u2030-\\u205E\\u2060-\\u206F\\u2072\\u2073\\u207A-\\u207E\\u208A-\\u208F\\u209D-\\u2101\\u2103-\\u2106\\u2108\\u2109\\u2114\\u2116-\\u2118\\u211E-\\u2123\\u2125\\u2127\\u2129\\u212E\\u213A\\u213B\\u2140-\\u2144\\u214A-\\u214D\\u214F\\u218A-\\u245F\\u249C-\\u24E9\\u2500-\\u2775\\u2794-\\u2BFF\\u2CE5-\\u2CEA\\u2CEF-\\u2CF1\\u2CF4-\\u2CFC\\u2CFE\\u2CFF\\u2D26\\u2D28-\\u2D2C\\u2D2E\\u2D2F\\u2D68-\\u2D6E\\u2D70-\\u2D7F\\u2D97-\\u2D9F\\u2DA7\\u2DAF\\u2DB7\\u2DBF\\u2DC7\\u2DCF\\u2DD7\\u2DDF-\\u2E2E\\u2E30-\\u2FFF\\u3001-\\u3004\\u3008-\\u3020\\u302A-\\u3030\\u3036\\u3037\\u303D-\\u3040\\u3097-\\u309C\\u30A0\\u30FB\\u3100-\\u3104\\u3130\\u318F-\\u3191\\u3196-\\u319F\\u31C0-\\u31EF\\u3200-\\u321F\\u322A-\\u3247\\u3250\\u3260-\\u327F\\u328A-\\u32B0\\u32C0-\\u33FF\\u4DC0-\\u4DFF\\uA48D-\\uA4CF\\uA4FE\\uA4FF\\uA60D-\\uA60F\\uA62C-\\uA63F\\uA66F-\\uA67E\\uA69E\\uA69F\\uA6F0-\\uA716\\uA720\\uA721\\uA789\\uA78A\\uA7CB-\\uA7CF\\uA7D2\\uA7D4\\uA7DA-\\uA7F1\\uA802\\uA806\\uA80B\\uA823-\\uA82F\\uA836-\\uA83F\\uA874-\\uA881\\uA8B4-\\uA8CF\\uA8DA-\\uA8F1\\uA8F8-\\uA8FA\\uA8FC\\uA8FF\\uA926-\\uA92F\\uA947-\\uA95F\\uA97D-\\uA983\\uA9B3-\\uA9CE\\uA9DA-\\uA9DF\\uA9E5\\uA9FF\\uAA29-\\uAA3F\\uAA43\\uAA4C-\\uAA4F\\uAA5A-\\uAA5F\\uAA77-\\uAA79\\uAA7B-\\uAA7D\\uAAB0\\uAAB2-\\uAAB4\\uAAB7\\uAAB8\\uAABE\\uAABF\\uAAC1\\uAAC3-\\uAADA\\uAADE\\uAADF\\uAAEB-\\uAAF1\\uAAF5-\\uAB00\\uAB07\\uAB08\\uAB0F\\uAB10\\uAB17-\\uAB1F\\uAB27\\uAB2F\\uAB5B\\uAB6A-\\uAB6F\\uABE3-\\uABEF\\uABFA-\\uABFF\\uD7A4-\\uD7AF\\uD7C7-\\uD7CA\\uD7FC-\\uF8FF\\uFA6E\\uFA6F\\uFADA-\\uFAFF\\uFB07-\\uFB12\\uFB18-\\uFB1C\\uFB1E\\uFB29\\uFB37\\uFB3D\\uFB3F\\uFB42\\uFB45\\uFBB2-\\uFBD2\\uFD3E-\\uFD4F\\uFD90\\uFD91\\uFDC8-\\uFDEF\\uFDFC-\\uFE6F\\uFE75\\uFEFD-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\uFFBF-\\uFFC1\\uFFC8\\uFFC9\\uFFD0\\uFFD1\\uFFD8\\uFFD9\\uFFDD-\\uFFFF\\U0001000C\\U00010027\\U0001003B\\U0001003E\\U0001004E\\U0001004F\\U0001005E-\\U0001007F\\U000100FB-\\U00010106\\U00010134-\\U0001013F\\U00010179-\\U00010189\\U0001018C-\\U0001027F\\U0001029D-\\U0001029F\\U000102D1-\\U000102E0\\U000102FC-\\U000102FF\\U00010324-\\U0001032C\\U0001034B-\\U0001034F\\U00010376-\\U0001037F\\U0001039E\\U0001039F\\U000103C4-\\U000103C7\\U000103D0\\U000103D6-\\U000103FF\\U0001049E\\U0001049F\\U000104AA-\\U000104AF\\U000104D4-\\U000104D7\\U000104FC-\\U000104FF\\U00010528-\\U0001052F\\U00010564-\\U0001056F\\U0001057B\\U0001058B\\U00010593\\U00010596\\U000105A2\\U000105B2\\U000105BA\\U000105BD-\\U000105FF\\U00010737-\\U0001073F\\U00010756-\\U0001075F\\U00010768-\\U0001077F\\U00010786\\U000107B1\\U000107BB-\\U000107FF\\U00010806\\U00010807\\U00010809\\U00010836\\U00010839-\\U0001083B\\U0001083D\\U0001083E\\U00010856\\U00010857\\U00010877\\U00010878\\U0001089F-\\U000108A6\\U000108B0-\\U000108DF\\U000108F3\\U000108F6-\\U000108FA\\U0001091C-\\U0001091F\\U0001093A-\\U0001097F\\U000109B8-\\U000109BB\\U000109D0\\U000109D1\\U00010A01-\\U00010A0F\\U00010A14\\U00010A18\\U00010A36-\\U00010A3F\\U00010A49-\\U00010A5F\\U00010A7F\\U00010AA0-\\U00010ABF\\U00010AC8\\U00010AE5-\\U00010AEA\\U00010AF0-\\U00010AFF\\U00010B36-\\U00010B3F\\U00010B56\\U00010B57\\U00010B73-\\U00010B77\\U00010B92-\\U00010BA8\\U00010BB0-\\U00010BFF\\U00010C49-\\U00010C7F\\U00010CB3-\\U00010CBF\\U00010CF3-\\U00010CF9\\U00010D24-\\U00010D2F\\U00010D3A-\\U00010E5F\\U00010E7F\\U00010EAA-\\U00010EAF\\U00010EB2-\\U00010EFF\\U00010F28-\\U00010F2F\\U00010F46-\\U00010F50\\U00010F55-\\U00010F6F\\U00010F82-\\U00010FAF\\U00010FCC-\\U00010FDF\\U00010FF7-\\U00011002\\U00011038-\\U00011051\\U00011070\\U00011073\\U00011074\\U00011076-\\U00011082\\U000110B0-\\U000110CF\\U000110E9-\\U000110EF\\U000110FA-\\U00011102\\U00011127-\\U00011135\\U00011140-\\U00011143\\U00011145\\U00011146\\U00011148-\\U0001114F\\U00011173-\\U00011175\\U00011177-\\U00011182\\U000111B3-\\U000111C0\\U000111C5-\\U000111CF\\U000111DB\\U000111DD-\\U000111E0\\U000111F5-\\U000111FF\\U00011212\\U0001122C-\\U0001127F\\U00011287\\U00011289\\U0001128E\\U0001129E\\U000112A9-\\U000112AF\\U000112DF-\\U000112EF\\U000112FA-\\U00011304\\U0001130D\\U0001130E\\U00011311\\U00011312\\U00011329\\U00011331\\U00011334\\U0001133A-\\U0001133C\\U0001133E-\\U0001134F\\U00011351-\\U0001135C\\U00011362-\\U000113FF\\U00011435-\\U00011446\\U0001144B-\\U0001144F\\U0001145A-\\U0001145E\\U00011462-\\U0001147F\\U000114B0-\\U000114C3\\U000114C6\\U000114C8-\\U000114CF\\U000114DA-\\U0001157F\\U000115AF-\\U000115D7\\U000115DC-\\U000115FF\\U00011630-\\U00011643\\U00011645-\\U0001164F\\U0001165A-\\U0001167F\\U000116AB-\\U000116B7\\U000116B9-\\U000116BF\\U000116CA-\\U000116FF\\U0001171B-\\U0001172F\\U0001173C-\\U0001173F\\U00011747-\\U000117FF\\U0001182C-\\U0001189F\\U000118F3-\\U000118FE\\U00011907\\U00011908\\U0001190A\\U0001190B\\U00011914\\U00011917\\U00011930-\\U0001193E\\U00011940\\U00011942-\\U0001194F\\U0001195A-\\U0001199F\\U000119A8\\U000119A9\\U000119D1-\\U000119E0\\U000119E2\\U000119E4-\\U000119FF\\U00011A01-\\U00011A0A\\U00011A33-\\U00011A39\\U00011A3B-\\U00011A4F\\U00011A51-\\U00011A5B\\U00011A8A-\\U00011A9C\\U00011A9E-\\U00011AAF\\U00011AF9-\\U00011BFF\\U00011C09\\U00011C2F-\\U00011C3F\\U00011C41-\\U00011C4F\\U00011C6D-\\U00011C71\\U00011C90-\\U00011CFF\\U00011D07\\U00011D0A\\U00011D31-\\U00011D45\\U00011D47-\\U00011D4F\\U00011D5A-\\U00011D5F\\U00011D66\\U00011D69\\U00011D8A-\\U00011D97\\U00011D99-\\U00011D9F\\U00011DAA-\\U00011EDF\\U00011EF3-\\U00011FAF\\U00011FB1-\\U00011FBF\\U00011FD5-\\U00011FFF\\U0001239A-\\U000123FF\\U0001246F-\\U0001247F\\U00012544-\\U00012F8F\\U00012FF1-\\U00012FFF\\U0001342F-\\U000143FF\\U00014647-\\U000167FF\\U00016A39-\\U00016A3F\\U00016A5F\\U00016A6A-\\U00016A6F\\U00016ABF\\U00016ACA-\\U00016ACF\\U00016AEE-\\U00016AFF\\U00016B30-\\U00016B3F\\U00016B44-\\U00016B4F\\U00016B5A\\U00016B62\\U00016B78-\\U00016B7C\\U00016B90-\\U00016E3F\\U00016E97-\\U00016EFF\\U00016F4B-\\U00016F4F\\U00016F51-\\U00016F92\\U00016FA0-\\U00016FDF\\U00016FE2\\U00016FE4-\\U00016FFF\\U000187F8-\\U000187FF\\U00018CD6-\\U00018CFF\\U00018D09-\\U0001AFEF\\U0001AFF4\\U0001AFFC\\U0001AFFF\\U0001B123-\\U0001B14F\\U0001B153-\\U0001B163\\U0001B168-\\U0001B16F\\U0001B2FC-\\U0001BBFF\\U0001BC6B-\\U0001BC6F\\U0001BC7D-\\U0001BC7F\\U0001BC89-\\U0001BC8F\\U0001BC9A-\\U0001D2DF\\U0001D2F4-\\U0001D35F\\U0001D379-\\U0001D3FF\\U0001D455\\U0001D49D\\U0001D4A0\\U0001D4A1\\U0001D4A3\\U0001D4A4\\U0001D4A7\\U0001D4A8\\U0001D4AD\\U0001D4BA\\U0001D4BC\\U0001D4C4\\U0001D506\\U0001D50B\\U0001D50C\\U0001D515\\U0001D51D\\U0001D53A\\U0001D53F\\U0001D545\\U0001D547-\\U0001D549\\U0001D551\\U0001D6A6\\U0001D6A7\\U0001D6C1\\U0001D6DB\\U0001D6FB\\U0001D715\\U0001D735\\U0001D74F\\U0001D76F\\U0001D789\\U0001D7A9\\U0001D7C3\\U0001D7CC\\U0001D7CD\\U0001D800-\\U0001DEFF\\U0001DF1F-\\U0001E0FF\\U0001E12D-\\U0001E136\\U0001E13E\\U0001E13F\\U0001E14A-\\U0001E14D\\U0001E14F-\\U0001E28F\\U0001E2AE-\\U0001E2BF\\U0001E2EC-\\U0001E2EF\\U0001E2FA-\\U0001E7DF\\U0001E7E7\\U0001E7EC\\U0001E7EF\\U0001E7FF\\U0001E8C5\\U0001E8C6\\U0001E8D0-\\U0001E8FF\\U0001E944-\\U0001E94A\\U0001E94C-\\U0001E94F\\U0001E95A-\\U0001EC70\\U0001ECAC\\U0001ECB0\\U0001ECB5-\\U0001ED00\\U0001ED2E\\U0001ED3E-\\U0001EDFF\\U0001EE04\\U0001EE20\\U0001EE23\\U0001EE25\\U0001EE26\\U0001EE28\\U0001EE33\\U0001EE38\\U0001EE3A\\U0001EE3C-\\U0001EE41\\U0001EE43-\\U0001EE46\\U0001EE48\\U0001EE4A\\U0001EE4C\\U0001EE50\\U0001EE53\\U0001EE55\\U0001EE56\\U0001EE58\\U0001EE5A\\U0001EE5C\\U0001EE5E\\U0001EE60\\U0001EE63\\U0001EE65\\U0001EE66\\U0001EE6B\\U0001EE73\\U0001EE78\\U0001EE7D\\U0001EE7F\\U0001EE8A\\U0001EE9C-\\U0001EEA0\\U0001EEA4\\U0001EEAA\\U0001EEBC-\\U0001F0FF\\U0001F10D-\\U0001FBEF\\U0001FBFA-\\U0001FFFF\\U0002A6E0-\\U0002A6FF\\U0002B739-\\U0002B73F\\U0002B81E\\U0002B81F\\U0002CEA2-\\U0002CEAF\\U0002EBE1-\\U0002F7FF\\U0002FA1E-\\U0002FFFF\\U0003134B-\\U0010FFFF]*(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateAgentStatus:
    """Creates an agent status for the specified Connect Customer instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``name``: The name of the status.
    - ``state``: The state of the status.
    - ``description``: The description of the status.
    - ``display_order``: The display order of the status.
    - ``tags``: The tags used to organize, track, or control access for this resource.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    name: str
    """The name of the status."""

    state: str
    """The state of the status."""

    description: str | None = None
    """The description of the status."""

    display_order: int | None = None
    """The display order of the status."""

    tags: dict[str, str] | None = None
    """The tags used to organize, track, or control access for this resource.
    For example, { "Tags": {"key1":"value1", "key2":"value2"} }.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=127)
        value = self.state
        if value is None:
            errors.append(prefix + "state: required but missing")
        else:
            path = prefix + "state"
            _rt.check_str(errors, path, value, enum=_AGENT_STATUS_STATE_VALUES)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=1, max_len=250)
        value = self.display_order
        if value is not None:
            path = prefix + "display_order"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=50)
        value = self.tags
        if value is not None:
            path = prefix + "tags"
            if _rt.check_type(errors, path, value, dict, "dict"):
                _rt.check_length(errors, path, len(value), 1, 50)
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(
                        errors, p1, k1, min_len=1, max_len=128, pattern=_PATTERN_1
                    )
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=None, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["Name"] = self.name
        result["State"] = self.state
        if self.description is not None:
            result["Description"] = self.description
        if self.display_order is not None:
            result["DisplayOrder"] = self.display_order
        if self.tags is not None:
            result["Tags"] = dict(self.tags)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateAgentStatus:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateAgentStatus")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            name=_rt.required(data, "Name", path),
            state=_rt.required(data, "State", path),
            description=data.get("Description"),
            display_order=data.get("DisplayOrder"),
            tags=(
                None
                if (value := data.get("Tags")) is None
                else dict(_rt.expect_mapping(value, path + "Tags"))
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateAgentStatusResponse:
    """The response of CreateAgentStatus.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``agent_status_arn``: The Amazon Resource Name (ARN) of the agent status.
    - ``agent_status_id``: The identifier of the agent status.
    """

    http_status: int
    """The HTTP status code of the response."""

    agent_status_arn: str | None = None
    """The Amazon Resource Name (ARN) of the agent status."""

    agent_status_id: str | None = None
    """The identifier of the agent status."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.agent_status_arn
        if value is not None:
            path = prefix + "agent_status_arn"
            _rt.check_str(errors, path, value)
        value = self.agent_status_id
        if value is not None:
            path = prefix + "agent_status_id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.agent_status_arn is not None:
            result["AgentStatusARN"] = self.agent_status_arn
        if self.agent_status_id is not None:
            result["AgentStatusId"] = self.agent_status_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateAgentStatusResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateAgentStatusResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            agent_status_arn=data.get("AgentStatusARN"),
            agent_status_id=data.get("AgentStatusId"),
        )


class _CreateAgentStatusResponseDraft:
    """A :class:`CreateAgentStatusResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "agent_status_arn", "agent_status_id")
    http_status: int
    agent_status_arn: str | None
    agent_status_id: str | None


def new_create_agent_status(
    instance_id: str,
    name: str,
    state: str,
) -> CreateAgentStatus:
    """Create a :class:`CreateAgentStatus` with all optional fields omitted."""
    return CreateAgentStatus(
        instance_id=instance_id,
        name=name,
        state=state,
    )


create_agent_status_instance_id = _rt.Lens[CreateAgentStatus, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "create_agent_status_instance_id",
)
"""Lens on :attr:`CreateAgentStatus.instance_id`."""


create_agent_status_name = _rt.Lens[CreateAgentStatus, str](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "create_agent_status_name",
)
"""Lens on :attr:`CreateAgentStatus.name`."""


create_agent_status_state = _rt.Lens[CreateAgentStatus, str](
    lambda s: s.state,
    lambda s, v: _dc.replace(s, state=v),
    "create_agent_status_state",
)
"""Lens on :attr:`CreateAgentStatus.state`."""


create_agent_status_description = _rt.Lens[CreateAgentStatus, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "create_agent_status_description",
)
"""Lens on :attr:`CreateAgentStatus.description`."""


create_agent_status_display_order = _rt.Lens[CreateAgentStatus, int | None](
    lambda s: s.display_order,
    lambda s, v: _dc.replace(s, display_order=v),
    "create_agent_status_display_order",
)
"""Lens on :attr:`CreateAgentStatus.display_order`."""


create_agent_status_tags = _rt.Lens[CreateAgentStatus, dict[str, str] | None](
    lambda s: s.tags,
    lambda s, v: _dc.replace(s, tags=v),
    "create_agent_status_tags",
)
"""Lens on :attr:`CreateAgentStatus.tags`."""


def new_create_agent_status_response(
    http_status: int,
) -> CreateAgentStatusResponse:
    """Create a :class:`CreateAgentStatusResponse` with all optional fields omitted."""
    return CreateAgentStatusResponse(
        http_status=http_status,
    )


create_agent_status_response_http_status = _rt.Lens[CreateAgentStatusResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "create_agent_status_response_http_status",
)
"""Lens on :attr:`CreateAgentStatusResponse.http_status`."""


create_agent_status_response_agent_status_arn = _rt.Lens[
    CreateAgentStatusResponse, str | None
](
    lambda s: s.agent_status_arn,
    lambda s, v: _dc.replace(s, agent_status_arn=v),
    "create_agent_status_response_agent_status_arn",
)
"""Lens on :attr:`CreateAgentStatusResponse.agent_status_arn`."""


create_agent_status_response_agent_status_id = _rt.Lens[
    CreateAgentStatusResponse, str | None
](
    lambda s: s.agent_status_id,
    lambda s, v: _dc.replace(s, agent_status_id=v),
    "create_agent_status_response_agent_status_id",
)
"""Lens on :attr:`CreateAgentStatusResponse.agent_status_id`."""


def _serialize(request: CreateAgentStatus, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/agent-status/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["Name"] = request.name
    data["State"] = request.state
    if request.description is not None:
        data["Description"] = request.description
    if request.display_order is not None:
        data["DisplayOrder"] = request.display_order
    if request.tags is not None:
        data["Tags"] = request.tags
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> CreateAgentStatusResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _CreateAgentStatusResponseDraft()
    draft.http_status = status
    try:
        draft.agent_status_arn = (
            None
            if (value := data.get("AgentStatusARN")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "AgentStatusARN")
            )
        )
        draft.agent_status_id = (
            None
            if (value := data.get("AgentStatusId")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "AgentStatusId")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, CreateAgentStatusResponse)


OPERATION: _rt.Operation[CreateAgentStatus, CreateAgentStatusResponse] = _rt.Operation(
    "CreateAgentStatus",
    CreateAgentStatus,
    CreateAgentStatusResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.DuplicateResourceException,
        _errors.ResourceNotFoundException,
        _errors.LimitExceededException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The CreateAgentStatus operation: its types, errors and wire codec."""
