"""Updates all properties for an attribute using all properties from CreateDataTableAttribute."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.data_table_lock_version import DataTableLockVersion
from ..shapes.validation import Validation

_PATTERN_1 = _rt.Pattern(
    "^[\\p{L}\\p{Z}\\p{N}\\-_.:=@'|]+$",
    "^[^\\x00-\\x1F!-\\&(-,/;<>?\\[-\\^`{}-\\x9F\\xA1-\\xA9\\xAB-\\xB1\\xB4\\xB6-\\xB8\\xBB\\xBF\\xD7\\xF7\\u02C2-\\u02C5\\u02D2-\\u02DF\\u02E5-\\u02EB\\u02ED\\u02EF-\\u036F\\u0375\\u0378\\u0379\\u037E\\u0380-\\u0385\\u0387\\u038B\\u038D\\u03A2\\u03F6\\u0482-\\u0489\\u0530\\u0557\\u0558\\u055A-\\u055F\\u0589-\\u05CF\\u05EB-\\u05EE\\u05F3-\\u061F\\u064B-\\u065F\\u066A-\\u066D\\u0670\\u06D4\\u06D6-\\u06E4\\u06E7-\\u06ED\\u06FD\\u06FE\\u0700-\\u070F\\u0711\\u0730-\\u074C\\u07A6-\\u07B0\\u07B2-\\u07BF\\u07EB-\\u07F3\\u07F6-\\u07F9\\u07FB-\\u07FF\\u0816-\\u0819\\u081B-\\u0823\\u0825-\\u0827\\u0829-\\u083F\\u0859-\\u085F\\u086B-\\u086F\\u0888\\u088F-\\u089F\\u08CA-\\u0903\\u093A-\\u093C\\u093E-\\u094F\\u0951-\\u0957\\u0962-\\u0965\\u0970\\u0981-\\u0984\\u098D\\u098E\\u0991\\u0992\\u09A9\\u09B1\\u09B3-\\u09B5\\u09BA-\\u09BC\\u09BE-\\u09CD\\u09CF-\\u09DB\\u09DE\\u09E2-\\u09E5\\u09F2\\u09F3\\u09FA\\u09FB\\u09FD-\\u0A04\\u0A0B-\\u0A0E\\u0A11\\u0A12\\u0A29\\u0A31\\u0A34\\u0A37\\u0A3A-\\u0A58\\u0A5D\\u0A5F-\\u0A65\\u0A70\\u0A71\\u0A75-\\u0A84\\u0A8E\\u0A92\\u0AA9\\u0AB1\\u0AB4\\u0ABA-\\u0ABC\\u0ABE-\\u0ACF\\u0AD1-\\u0ADF\\u0AE2-\\u0AE5\\u0AF0-\\u0AF8\\u0AFA-\\u0B04\\u0B0D\\u0B0E\\u0B11\\u0B12\\u0B29\\u0B31\\u0B34\\u0B3A-\\u0B3C\\u0B3E-\\u0B5B\\u0B5E\\u0B62-\\u0B65\\u0B70\\u0B78-\\u0B82\\u0B84\\u0B8B-\\u0B8D\\u0B91\\u0B96-\\u0B98\\u0B9B\\u0B9D\\u0BA0-\\u0BA2\\u0BA5-\\u0BA7\\u0BAB-\\u0BAD\\u0BBA-\\u0BCF\\u0BD1-\\u0BE5\\u0BF3-\\u0C04\\u0C0D\\u0C11\\u0C29\\u0C3A-\\u0C3C\\u0C3E-\\u0C57\\u0C5B\\u0C5C\\u0C5E\\u0C5F\\u0C62-\\u0C65\\u0C70-\\u0C77\\u0C7F\\u0C81-\\u0C84\\u0C8D\\u0C91\\u0CA9\\u0CB4\\u0CBA-\\u0CBC\\u0CBE-\\u0CDC\\u0CDF\\u0CE2-\\u0CE5\\u0CF0\\u0CF3-\\u0D03\\u0D0D\\u0D11\\u0D3B\\u0D3C\\u0D3E-\\u0D4D\\u0D4F-\\u0D53\\u0D57\\u0D62-\\u0D65\\u0D79\\u0D80-\\u0D84\\u0D97-\\u0D99\\u0DB2\\u0DBC\\u0DBE\\u0DBF\\u0DC7-\\u0DE5\\u0DF0-\\u0E00\\u0E31\\u0E34-\\u0E3F\\u0E47-\\u0E4F\\u0E5A-\\u0E80\\u0E83\\u0E85\\u0E8B\\u0EA4\\u0EA6\\u0EB1\\u0EB4-\\u0EBC\\u0EBE\\u0EBF\\u0EC5\\u0EC7-\\u0ECF\\u0EDA\\u0EDB\\u0EE0-\\u0EFF\\u0F01-\\u0F1F\\u0F34-\\u0F3F\\u0F48\\u0F6D-\\u0F87\\u0F8D-\\u0FFF\\u102B-\\u103E\\u104A-\\u104F\\u1056-\\u1059\\u105E-\\u1060\\u1062-\\u1064\\u1067-\\u106D\\u1071-\\u1074\\u1082-\\u108D\\u108F\\u109A-\\u109F\\u10C6\\u10C8-\\u10CC\\u10CE\\u10CF\\u10FB\\u1249\\u124E\\u124F\\u1257\\u1259\\u125E\\u125F\\u1289\\u128E\\u128F\\u12B1\\u12B6\\u12B7\\u12BF\\u12C1\\u12C6\\u12C7\\u12D7\\u1311\\u1316\\u1317\\u135B-\\u1368\\u137D-\\u137F\\u1390-\\u139F\\u13F6\\u13F7\\u13FE-\\u1400\\u166D\\u166E\\u169B-\\u169F\\u16EB-\\u16ED\\u16F9-\\u16FF\\u1712-\\u171E\\u1732-\\u173F\\u1752-\\u175F\\u176D\\u1771-\\u177F\\u17B4-\\u17D6\\u17D8-\\u17DB\\u17DD-\\u17DF\\u17EA-\\u17EF\\u17FA-\\u180F\\u181A-\\u181F\\u1879-\\u187F\\u1885\\u1886\\u18A9\\u18AB-\\u18AF\\u18F6-\\u18FF\\u191F-\\u1945\\u196E\\u196F\\u1975-\\u197F\\u19AC-\\u19AF\\u19CA-\\u19CF\\u19DB-\\u19FF\\u1A17-\\u1A1F\\u1A55-\\u1A7F\\u1A8A-\\u1A8F\\u1A9A-\\u1AA6\\u1AA8-\\u1B04\\u1B34-\\u1B44\\u1B4D-\\u1B4F\\u1B5A-\\u1B82\\u1BA1-\\u1BAD\\u1BE6-\\u1BFF\\u1C24-\\u1C3F\\u1C4A-\\u1C4C\\u1C7E\\u1C7F\\u1C89-\\u1C8F\\u1CBB\\u1CBC\\u1CC0-\\u1CE8\\u1CED\\u1CF4\\u1CF7-\\u1CF9\\u1CFB-\\u1CFF\\u1DC0-\\u1DFF\\u1F16\\u1F17\\u1F1E\\u1F1F\\u1F46\\u1F47\\u1F4E\\u1F4F\\u1F58\\u1F5A\\u1F5C\\u1F5E\\u1F7E\\u1F7F\\u1FB5\\u1FBD\\u1FBF-\\u1FC1\\u1FC5\\u1FCD-\\u1FCF\\u1FD4\\u1FD5\\u1FDC-\\u1FDF\\u1FED-\\u1FF1\\u1FF5\\u1FFD-\\u1FFF\\u200B-\\u2027\\u202A-\\u202E\\u2030-\\u205E\\u2060-\\u206F\\u2072\\u2073\\u207A-\\u207E\\u208A-\\u208F\\u209D-\\u2101\\u2103-\\u2106\\u2108\\u2109\\u2114\\u2116-\\u2118\\u211E-\\u2123\\u2125\\u2127\\u2129\\u212E\\u213A\\u213B\\u2140-\\u2144\\u214A-\\u214D\\u214F\\u218A-\\u245F\\u249C-\\u24E9\\u2500-\\u2775\\u2794-\\u2BFF\\u2CE5-\\u2CEA\\u2CEF-\\u2CF1\\u2CF4-\\u2CFC\\u2CFE\\u2CFF\\u2D26\\u2D28-\\u2D2C\\u2D2E\\u2D2F\\u2D68-\\u2D6E\\u2D70-\\u2D7F\\u2D97-\\u2D9F\\u2DA7\\u2DAF\\u2DB7\\u2DBF\\u2DC7\\u2DCF\\u2DD7\\u2DDF-\\u2E2E\\u2E30-\\u2FFF\\u3001-\\u3004\\u3008-\\u3020\\u302A-\\u3030\\u3036\\u3037\\u303D-\\u3040\\u3097-\\u309C\\u30A0\\u30FB\\u3100-\\u3104\\u3130\\u318F-\\u3191\\u3196-\\u319F\\u31C0-\\u31EF\\u3200-\\u321F\\u322A-\\u3247\\u3250\\u3260-\\u327F\\u328A-\\u32B0\\u32C0-\\u33FF\\u4DC0-\\u4DFF\\uA48D-\\uA4CF\\uA4FE\\uA4FF\\uA60D-\\uA60F\\uA62C-\\uA63F\\uA66F-\\uA67E\\uA69E\\uA69F\\uA6F0-\\uA716\\uA720\\uA721\\uA789\\uA78A\\uA7CB-\\uA7CF\\uA7D2\\uA7D4\\uA7DA-\\uA7F1\\uA802\\uA806\\uA80B\\uA823-\\uA82F\\uA836-\\uA83F\\uA874-\\uA881\\uA8B4-\\uA8CF\\uA8DA-\\uA8F1\\uA8F8-\\uA8FA\\uA8FC\\uA8FF\\uA926-\\uA92F\\uA947-\\uA95F\\uA97D-\\uA983\\uA9B3-\\uA9CE\\uA9DA-\\uA9DF\\uA9E5\\uA9FF\\uAA29-\\uAA3F\\uAA43\\uAA4C-\\uAA4F\\uAA5A-\\uAA5F\\uAA77-\\uAA79\\uAA7B-\\uAA7D\\uAAB0\\uAAB2-\\uAAB4\\uAAB7\\uAAB8\\uAABE\\uAABF\\uAAC1\\uAAC3-\\uAADA\\uAADE\\uAADF\\uAAEB-\\uAAF1\\uAAF5-\\uAB00\\uAB07\\uAB08\\uAB0F\\uAB10\\uAB17-\\uAB1F\\uAB27\\uAB2F\\uAB5B\\uAB6A-\\uAB6F\\uABE3-\\uABEF\\uABFA-\\uABFF\\uD7A4-\\uD7AF\\uD7C7-\\uD7CA\\uD7FC-\\uF8FF\\uFA6E\\uFA6F\\uFADA-\\uFAFF\\uFB07-\\uFB12\\uFB18-\\uFB1C\\uFB1E\\uFB29\\uFB37\\uFB3D\\uFB3F\\uFB42\\uFB45\\uFBB2-\\uFBD2\\uFD3E-\\uFD4F\\uFD90\\uFD91\\uFDC8-\\uFDEF\\uFDFC-\\uFE6F\\uFE75\\uFEFD-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\uFFBF-\\uFFC1\\uFFC8\\uFFC9\\uFFD0\\uFFD1\\uFFD8\\uFFD9\\uFFDD-\\uFFFF\\U0001000C\\U00010027\\U0001003B\\U0001003E\\U0001004E\\U0001004F\\U0001005E-\\U0001007F\\U000100FB-\\U00010106\\U00010134-\\U0001013F\\U00010179-\\U00010189\\U0001018C-\\U0001027F\\U0001029D-\\U0001029F\\U000102D1-\\U000102E0\\U000102FC-\\U000102FF\\U00010324-\\U0001032C\\U0001034B-\\U0001034F\\U00010376-\\U0001037F\\U0001039E\\U0001039F\\U000103C4-\\U000103C7\\U000103D0\\U000103D6-\\U000103FF\\U0001049E\\U0001049F\\U000104AA-\\U000104AF\\U000104D4-\\U000104D7\\U000104FC-\\U000104FF\\U00010528-\\U0001052F\\U00010564-\\U0001056F\\U0001057B\\U0001058B\\U00010593\\U00010596\\U000105A2\\U000105B2\\U000105BA\\U000105BD-\\U000105FF\\U00010737-\\U0001073F\\U00010756-\\U0001075F\\U00010768-\\U0001077F\\U00010786\\U000107B1\\U000107BB-\\U000107FF\\U00010806\\U00010807\\U00010809\\U00010836\\U00010839-\\U0001083B\\U0001083D\\U0001083E\\U00010856\\U00010857\\U00010877\\U00010878\\U0001089F-\\U000108A6\\U000108B0-\\U000108DF\\U000108F3\\U000108F6-\\U000108FA\\U0001091C-\\U0001091F\\U0001093A-\\U0001097F\\U000109B8-\\U000109BB\\U000109D0\\U000109D1\\U00010A01-\\U00010A0F\\U00010A14\\U00010A18\\U00010A36-\\U00010A3F\\U00010A49-\\U00010A5F\\U00010A7F\\U00010AA0-\\U00010ABF\\U00010AC8\\U00010AE5-\\U00010AEA\\U00010AF0-\\U00010AFF\\U00010B36-\\U00010B3F\\U00010B56\\U00010B57\\U00010B73-\\U00010B77\\U00010B92-\\U00010BA8\\U00010BB0-\\U00010BFF\\U00010C49-\\U00010C7F\\U00010CB3-\\U00010CBF\\U00010CF3-\\U00010CF9\\U00010D24-\\U00010D2F\\U00010D3A-\\U00010E5F\\U00010E7F\\U00010EAA-\\U00010EAF\\U00010EB2-\\U00010EFF\\U00010F28-\\U00010F2F\\U00010F46-\\U00010F50\\U00010F55-\\U00010F6F\\U00010F82-\\U00010FAF\\U00010FCC-\\U00010FDF\\U00010FF7-\\U00011002\\U00011038-\\U00011051\\U00011070\\U00011073\\U00011074\\U00011076-\\U00011082\\U000110B0-\\U000110CF\\U000110E9-\\U000110EF\\U000110FA-\\U00011102\\U00011127-\\U00011135\\U00011140-\\U00011143\\U00011145\\U00011146\\U00011148-\\U0001114F\\U00011173-\\U00011175\\U00011177-\\U00011182\\U000111B3-\\U000111C0\\U000111C5-\\U000111CF\\U000111DB\\U000111DD-\\U000111E0\\U000111F5-\\U000111FF\\U00011212\\U0001122C-\\U0001127F\\U00011287\\U00011289\\U0001128E\\U0001129E\\U000112A9-\\U000112AF\\U000112DF-\\U000112EF\\U000112FA-\\U00011304\\U0001130D\\U0001130E\\U00011311\\U00011312\\U00011329\\U00011331\\U00011334\\U0001133A-\\U0001133C\\U0001133E-\\U0001134F\\U00011351-\\U0001135C\\U00011362-\\U000113FF\\U00011435-\\U00011446\\U0001144B-\\U0001144F\\U0001145A-\\U0001145E\\U00011462-\\U0001147F\\U000114B0-\\U000114C3\\U000114C6\\U000114C8-\\U000114CF\\U000114DA-\\U0001157F\\U000115AF-\\U000115D7\\U000115DC-\\U000115FF\\U00011630-\\U00011643\\U00011645-\\U0001164F\\U0001165A-\\U0001167F\\U000116AB-\\U000116B7\\U000116B9-\\U000116BF\\U000116CA-\\U000116FF\\U0001171B-\\U0001172F\\U0001173C-\\U0001173F\\U00011747-\\U000117FF\\U0001182C-\\U0001189F\\U000118F3-\\U000118FE\\U00011907\\U00011908\\U0001190A\\U0001190B\\U00011914\\U00011917\\U00011930-\\U0001193E\\U00011940\\U00011942-\\U0001194F\\U0001195A-\\U0001199F\\U000119A8\\U000119A9\\U000119D1-\\U000119E0\\U000119E2\\U000119E4-\\U000119FF\\U00011A01-\\U00011A0A\\U00011A33-\\U00011A39\\U00011A3B-\\U00011A4F\\U00011A51-\\U00011A5B\\U00011A8A-\\U00011A9C\\U00011A9E-\\U00011AAF\\U00011AF9-\\U00011BFF\\U00011C09\\U00011C2F-\\U00011C3F\\U00011C41-\\U00011C4F\\U00011C6D-\\U00011C71\\U00011C90-\\U00011CFF\\U00011D07\\U00011D0A\\U00011D31-\\U00011D45\\U00011D47-\\U00011D4F\\U00011D5A-\\U00011D5F\\U00011D66\\U00011D69\\U00011D8A-\\U00011D97\\U00011D99-\\U00011D9F\\U00011DAA-\\U00011EDF\\U00011EF3-\\U00011FAF\\U00011FB1-\\U00011FBF\\U00011FD5-\\U00011FFF\\U0001239A-\\U000123FF\\U0001246F-\\U0001247F\\U00012544-\\U00012F8F\\U00012FF1-\\U00012FFF\\U0001342F-\\U000143FF\\U00014647-\\U000167FF\\U00016A39-\\U00016A3F\\U00016A5F\\U00016A6A-\\U00016A6F\\U00016ABF\\U00016ACA-\\U00016ACF\\U00016AEE-\\U00016AFF\\U00016B30-\\U00016B3F\\U00016B44-\\U00016B4F\\U00016B5A\\U00016B62\\U00016B78-\\U00016B7C\\U00016B90-\\U00016E3F\\U00016E97-\\U00016EFF\\U00016F4B-\\U00016F4F\\U00016F51-\\U00016F92\\U00016FA0-\\U00016FDF\\U00016FE2\\U00016FE4-\\U00016FFF\\U000187F8-\\U000187FF\\U00018CD6-\\U00018CFF\\U00018D09-\\U0001AFEF\\U0001AFF4\\U0001AFFC\\U0001AFFF\\U0001B123-\\U0001B14F\\U0001B153-\\U0001B163\\U0001B168-\\U0001B16F\\U0001B2FC-\\U0001BBFF\\U0001BC6B-\\U0001BC6F\\U0001BC7D-\\U0001BC7F\\U0001BC89-\\U0001BC8F\\U0001BC9A-\\U0001D2DF\\U0001D2F4-\\U0001D35F\\U0001D379-\\U0001D3FF\\U0001D455\\U0001D49D\\U0001D4A0\\U0001D4A1\\U0001D4A3\\U0001D4A4\\U0001D4A7\\U0001D4A8\\U0001D4AD\\U0001D4BA\\U0001D4BC\\U0001D4C4\\U0001D506\\U0001D50B\\U0001D50C\\U0001D515\\U0001D51D\\U0001D53A\\U0001D53F\\U0001D545\\U0001D547-\\U0001D549\\U0001D551\\U0001D6A6\\U0001D6A7\\U0001D6C1\\U0001D6DB\\U0001D6FB\\U0001D715\\U0001D735\\U0001D74F\\U0001D76F\\U0001D789\\U0001D7A9\\U0001D7C3\\U0001D7CC\\U0001D7CD\\U0001D800-\\U0001DEFF\\U0001DF1F-\\U0001E0FF\\U0001E12D-\\U0001E136\\U0001E13E\\U0001E13F\\U0001E14A-\\U0001E14D\\U0001E14F-\\U0001E28F\\U0001E2AE-\\U0001E2BF\\U0001E2EC-\\U0001E2EF\\U0001E2FA-\\U0001E7DF\\U0001E7E7\\U0001E7EC\\U0001E7EF\\U0001E7FF\\U0001E8C5\\U0001E8C6\\U0001E8D0-\\U0001E8FF\\U0001E944-\\U0001E94A\\U0001E94C-\\U0001E94F\\U0001E95A-\\U0001EC70\\U0001ECAC\\U0001ECB0\\U0001ECB5-\\U0001ED00\\U0001ED2E\\U0001ED3E-\\U0001EDFF\\U0001EE04\\U0001EE20\\U0001EE23\\U0001EE25\\U0001EE26\\U0001EE28\\U0001EE33\\U0001EE38\\U0001EE3A\\U0001EE3C-\\U0001EE41\\U0001EE43-\\U0001EE46\\U0001EE48\\U0001EE4A\\U0001EE4C\\U0001EE50\\U0001EE53\\U0001EE55\\U0001EE56\\U0001EE58\\U0001EE5A\\U0001EE5C\\U0001EE5E\\U0001EE60\\U0001EE63\\U0001EE65\\U0001EE66\\U0001EE6B\\U0001EE73\\U0001EE78\\U0001EE7D\\U0001EE7F\\U0001EE8A\\U0001EE9C-\\U0001EEA0\\U0001EEA4\\U0001EEAA\\U0001EEBC-\\U0001F0FF\\U0001F10D-\\U0001FBEF\\U0001FBFA-\\U0001FFFF\\U0002A6E0-\\U0002A6FF\\U0002B739-\\U0002B73F\\U0002B81E\\U0002B81F\\U0002CEA2-\\U0002CEAF\\U0002EBE1-\\U0002F7FF\\U0002FA1E-\\U0002FFFF\\U0003134B-\\U0010FFFF]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_DATA_TABLE_ATTRIBUTE_VALUE_TYPE_VALUES = frozenset(
    (
        "TEXT",
        "NUMBER",
        "BOOLEAN",
        "TEXT_LIST",
        "NUMBER_LIST",
    )
)
_PATTERN_2 = _rt.Pattern(
    "^[\\P{C}\\r\\n\\t]+$",
    "^[^\\x00-\\x08\\x0B\\f\\x0E-\\x1F\\x7F-\\x9F\\xAD\\u0378\\u0379\\u0380-\\u0383\\u038B\\u038D\\u03A2\\u0530\\u0557\\u0558\\u058B\\u058C\\u0590\\u05C8-\\u05CF\\u05EB-\\u05EE\\u05F5-\\u0605\\u061C\\u06DD\\u070E\\u070F\\u074B\\u074C\\u07B2-\\u07BF\\u07FB\\u07FC\\u082E\\u082F\\u083F\\u085C\\u085D\\u085F\\u086B-\\u086F\\u088F-\\u0897\\u08E2\\u0984\\u098D\\u098E\\u0991\\u0992\\u09A9\\u09B1\\u09B3-\\u09B5\\u09BA\\u09BB\\u09C5\\u09C6\\u09C9\\u09CA\\u09CF-\\u09D6\\u09D8-\\u09DB\\u09DE\\u09E4\\u09E5\\u09FF\\u0A00\\u0A04\\u0A0B-\\u0A0E\\u0A11\\u0A12\\u0A29\\u0A31\\u0A34\\u0A37\\u0A3A\\u0A3B\\u0A3D\\u0A43-\\u0A46\\u0A49\\u0A4A\\u0A4E-\\u0A50\\u0A52-\\u0A58\\u0A5D\\u0A5F-\\u0A65\\u0A77-\\u0A80\\u0A84\\u0A8E\\u0A92\\u0AA9\\u0AB1\\u0AB4\\u0ABA\\u0ABB\\u0AC6\\u0ACA\\u0ACE\\u0ACF\\u0AD1-\\u0ADF\\u0AE4\\u0AE5\\u0AF2-\\u0AF8\\u0B00\\u0B04\\u0B0D\\u0B0E\\u0B11\\u0B12\\u0B29\\u0B31\\u0B34\\u0B3A\\u0B3B\\u0B45\\u0B46\\u0B49\\u0B4A\\u0B4E-\\u0B54\\u0B58-\\u0B5B\\u0B5E\\u0B64\\u0B65\\u0B78-\\u0B81\\u0B84\\u0B8B-\\u0B8D\\u0B91\\u0B96-\\u0B98\\u0B9B\\u0B9D\\u0BA0-\\u0BA2\\u0BA5-\\u0BA7\\u0BAB-\\u0BAD\\u0BBA-\\u0BBD\\u0BC3-\\u0BC5\\u0BC9\\u0BCE\\u0BCF\\u0BD1-\\u0BD6\\u0BD8-\\u0BE5\\u0BFB-\\u0BFF\\u0C0D\\u0C11\\u0C29\\u0C3A\\u0C3B\\u0C45\\u0C49\\u0C4E-\\u0C54\\u0C57\\u0C5B\\u0C5C\\u0C5E\\u0C5F\\u0C64\\u0C65\\u0C70-\\u0C76\\u0C8D\\u0C91\\u0CA9\\u0CB4\\u0CBA\\u0CBB\\u0CC5\\u0CC9\\u0CCE-\\u0CD4\\u0CD7-\\u0CDC\\u0CDF\\u0CE4\\u0CE5\\u0CF0\\u0CF3-\\u0CFF\\u0D0D\\u0D11\\u0D45\\u0D49\\u0D50-\\u0D53\\u0D64\\u0D65\\u0D80\\u0D84\\u0D97-\\u0D99\\u0DB2\\u0DBC\\u0DBE\\u0DBF\\u0DC7-\\u0DC9\\u0DCB-\\u0DCE\\u0DD5\\u0DD7\\u0DE0-\\u0DE5\\u0DF0\\u0DF1\\u0DF5-\\u0E00\\u0E3B-\\u0E3E\\u0E5C-\\u0E80\\u0E83\\u0E85\\u0E8B\\u0EA4\\u0EA6\\u0EBE\\u0EBF\\u0EC5\\u0EC7\\u0ECE\\u0ECF\\u0EDA\\u0EDB\\u0EE0-\\u0EFF\\u0F48\\u0F6D-\\u0F70\\u0F98\\u0FBD\\u0FCD\\u0FDB-\\u0FFF\\u10C6\\u10C8-\\u10CC\\u10CE\\u10CF\\u1249\\u124E\\u124F\\u1257\\u1259\\u125E\\u125F\\u1289\\u128E\\u128F\\u12B1\\u12B6\\u12B7\\u12BF\\u12C1\\u12C6\\u12C7\\u12D7\\u1311\\u1316\\u1317\\u135B\\u135C\\u137D-\\u137F\\u139A-\\u139F\\u13F6\\u13F7\\u13FE\\u13FF\\u169D-\\u169F\\u16F9-\\u16FF\\u1716-\\u171E\\u1737-\\u173F\\u1754-\\u175F\\u176D\\u1771\\u1774-\\u177F\\u17DE\\u17DF\\u17EA-\\u17EF\\u17FA-\\u17FF\\u180E\\u181A-\\u181F\\u1879-\\u187F\\u18AB-\\u18AF\\u18F6-\\u18FF\\u191F\\u192C-\\u192F\\u193C-\\u193F\\u1941-\\u1943\\u196E\\u196F\\u1975-\\u197F\\u19AC-\\u19AF\\u19CA-\\u19CF\\u19DB-\\u19DD\\u1A1C\\u1A1D\\u1A5F\\u1A7D\\u1A7E\\u1A8A-\\u1A8F\\u1A9A-\\u1A9F\\u1AAE\\u1AAF\\u1ACF-\\u1AFF\\u1B4D-\\u1B4F\\u1B7F\\u1BF4-\\u1BFB\\u1C38-\\u1C3A\\u1C4A-\\u1C4C\\u1C89-\\u1C8F\\u1CBB\\u1CBC\\u1CC8-\\u1CCF\\u1CFB-\\u1CFF\\u1F16\\u1F17\\u1F1E\\u1F1F\\u1F46\\u1F47\\u1F4E\\u1F4F\\u1F58\\u1F5A\\u1F5C\\u1F5E\\u1F7E\\u1F7F\\u1FB5\\u1FC5\\u1FD4\\u1FD5\\u1FDC\\u1FF0\\u1FF1\\u1FF5\\u1FFF\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u2072\\u2073\\u208F\\u209D-\\u209F\\u20C1-\\u20CF\\u20F1-\\u20FF\\u218C-\\u218F\\u2427-\\u243F\\u244B-\\u245F\\u2B74\\u2B75\\u2B96\\u2CF4-\\u2CF8\\u2D26\\u2D28-\\u2D2C\\u2D2E\\u2D2F\\u2D68-\\u2D6E\\u2D71-\\u2D7E\\u2D97-\\u2D9F\\u2DA7\\u2DAF\\u2DB7\\u2DBF\\u2DC7\\u2DCF\\u2DD7\\u2DDF\\u2E5E-\\u2E7F\\u2E9A\\u2EF4-\\u2EFF\\u2FD6-\\u2FEF\\u2FFC-\\u2FFF\\u3040\\u3097\\u3098\\u3100-\\u3104\\u3130\\u318F\\u31E4-\\u31EF\\u321F\\uA48D-\\uA48F\\uA4C7-\\uA4CF\\uA62C-\\uA63F\\uA6F8-\\uA6FF\\uA7CB-\\uA7CF\\uA7D2\\uA7D4\\uA7DA-\\uA7F1\\uA82D-\\uA82F\\uA83A-\\uA83F\\uA878-\\uA87F\\uA8C6-\\uA8CD\\uA8DA-\\uA8DF\\uA954-\\uA95E\\uA97D-\\uA97F\\uA9CE\\uA9DA-\\uA9DD\\uA9FF\\uAA37-\\uAA3F\\uAA4E\\uAA4F\\uAA5A\\uAA5B\\uAAC3-\\uAADA\\uAAF7-\\uAB00\\uAB07\\uAB08\\uAB0F\\uAB10\\uAB17-\\uAB1F\\uAB27\\uAB2F\\uAB6C-\\uAB6F\\uABEE\\uABEF\\uABFA-\\uABFF\\uD7A4-\\uD7AF\\uD7C7-\\uD7CA\\uD7FC-\\uF8FF\\uFA6E\\uFA6F\\uFADA-\\uFAFF\\uFB07-\\uFB12\\uFB18-\\uFB1C\\uFB37\\uFB3D\\uFB3F\\uFB42\\uFB45\\uFBC3-\\uFBD2\\uFD90\\uFD91\\uFDC8-\\uFDCE\\uFDD0-\\uFDEF\\uFE1A-\\uFE1F\\uFE53\\uFE67\\uFE6C-\\uFE6F\\uFE75\\uFEFD-\\uFF00\\uFFBF-\\uFFC1\\uFFC8\\uFFC9\\uFFD0\\uFFD1\\uFFD8\\uFFD9\\uFFDD-\\uFFDF\\uFFE7\\uFFEF-\\uFFFB\\uFFFE\\uFFFF\\U0001000C\\U00010027\\U0001003B\\U0001003E\\U0001004E\\U0001004F\\U0001005E-\\U0001007F\\U000100FB-\\U000100FF\\U00010103-\\U00010106\\U00010134-\\U00010136\\U0001018F\\U0001019D-\\U0001019F\\U000101A1-\\U000101CF\\U000101FE-\\U0001027F\\U0001029D-\\U0001029F\\U000102D1-\\U000102DF\\U000102FC-\\U000102FF\\U00010324-\\U0001032C\\U0001034B-\\U0001034F\\U0001037B-\\U0001037F\\U0001039E\\U000103C4-\\U000103C7\\U000103D6-\\U000103FF\\U0001049E\\U0001049F\\U000104AA-\\U000104AF\\U000104D4-\\U000104D7\\U000104FC-\\U000104FF\\U00010528-\\U0001052F\\U00010564-\\U0001056E\\U0001057B\\U0001058B\\U00010593\\U00010596\\U000105A2\\U000105B2\\U000105BA\\U000105BD-\\U000105FF\\U00010737-\\U0001073F\\U00010756-\\U0001075F\\U00010768-\\U0001077F\\U00010786\\U000107B1\\U000107BB-\\U000107FF\\U00010806\\U00010807\\U00010809\\U00010836\\U00010839-\\U0001083B\\U0001083D\\U0001083E\\U00010856\\U0001089F-\\U000108A6\\U000108B0-\\U000108DF\\U000108F3\\U000108F6-\\U000108FA\\U0001091C-\\U0001091E\\U0001093A-\\U0001093E\\U00010940-\\U0001097F\\U000109B8-\\U000109BB\\U000109D0\\U000109D1\\U00010A04\\U00010A07-\\U00010A0B\\U00010A14\\U00010A18\\U00010A36\\U00010A37\\U00010A3B-\\U00010A3E\\U00010A49-\\U00010A4F\\U00010A59-\\U00010A5F\\U00010AA0-\\U00010ABF\\U00010AE7-\\U00010AEA\\U00010AF7-\\U00010AFF\\U00010B36-\\U00010B38\\U00010B56\\U00010B57\\U00010B73-\\U00010B77\\U00010B92-\\U00010B98\\U00010B9D-\\U00010BA8\\U00010BB0-\\U00010BFF\\U00010C49-\\U00010C7F\\U00010CB3-\\U00010CBF\\U00010CF3-\\U00010CF9\\U00010D28-\\U00010D2F\\U00010D3A-\\U00010E5F\\U00010E7F\\U00010EAA\\U00010EAE\\U00010EAF\\U00010EB2-\\U00010EFF\\U00010F28-\\U00010F2F\\U00010F5A-\\U00010F6F\\U00010F8A-\\U00010FAF\\U00010FCC-\\U00010FDF\\U00010FF7-\\U00010FFF\\U0001104E-\\U00011051\\U00011076-\\U0001107E\\U000110BD\\U000110C3-\\U000110CF\\U000110E9-\\U000110EF\\U000110FA-\\U000110FF\\U00011135\\U00011148-\\U0001114F\\U00011177-\\U0001117F\\U000111E0\\U000111F5-\\U000111FF\\U00011212\\U0001123F-\\U0001127F\\U00011287\\U00011289\\U0001128E\\U0001129E\\U000112AA-\\U000112AF\\U000112EB-\\U000112EF\\U000112FA-\\U000112FF\\U00011304\\U0001130D\\U0001130E\\U00011311\\U00011312\\U00011329\\U00011331\\U00011334\\U0001133A\\U00011345\\U00011346\\U00011349\\U0001134A\\U0001134E\\U0001134F\\U00011351-\\U00011356\\U00011358-\\U0001135C\\U00011364\\U00011365\\U0001136D-\\U0001136F\\U00011375-\\U000113FF\\U0001145C\\U00011462-\\U0001147F\\U000114C8-\\U000114CF\\U000114DA-\\U0001157F\\U000115B6\\U000115B7\\U000115DE-\\U000115FF\\U00011645-\\U0001164F\\U0001165A-\\U0001165F\\U0001166D-\\U0001167F\\U000116BA-\\U000116BF\\U000116CA-\\U000116FF\\U0001171B\\U0001171C\\U0001172C-\\U0001172F\\U00011747-\\U000117FF\\U0001183C-\\U0001189F\\U000118F3-\\U000118FE\\U00011907\\U00011908\\U0001190A\\U0001190B\\U00011914\\U00011917\\U00011936\\U00011939\\U0001193A\\U00011947-\\U0001194F\\U0001195A-\\U0001199F\\U000119A8\\U000119A9\\U000119D8\\U000119D9\\U000119E5-\\U000119FF\\U00011A48-\\U00011A4F\\U00011AA3-\\U00011AAF\\U00011AF9-\\U00011BFF\\U00011C09\\U00011C37\\U00011C46-\\U00011C4F\\U00011C6D-\\U00011C6F\\U00011C90\\U00011C91\\U00011CA8\\U00011CB7-\\U00011CFF\\U00011D07\\U00011D0A\\U00011D37-\\U00011D39\\U00011D3B\\U00011D3E\\U00011D48-\\U00011D4F\\U00011D5A-\\U00011D5F\\U00011D66\\U00011D69\\U00011D8F\\U00011D92\\U00011D99-\\U00011D9F\\U00011DAA-\\U00011EDF\\U00011EF9-\\U00011FAF\\U00011FB1-\\U00011FBF\\U00011FF2-\\U00011FFE\\U0001239A-\\U000123FF\\U0001246F\\U00012475-\\U0001247F\\U00012544-\\U00012F8F\\U00012FF3-\\U00012FFF\\U0001342F-\\U000143FF\\U00014647-\\U000167FF\\U00016A39-\\U00016A3F\\U00016A5F\\U00016A6A-\\U00016A6D\\U00016ABF\\U00016ACA-\\U00016ACF\\U00016AEE\\U00016AEF\\U00016AF6-\\U00016AFF\\U00016B46-\\U00016B4F\\U00016B5A\\U00016B62\\U00016B78-\\U00016B7C\\U00016B90-\\U00016E3F\\U00016E9B-\\U00016EFF\\U00016F4B-\\U00016F4E\\U00016F88-\\U00016F8E\\U00016FA0-\\U00016FDF\\U00016FE5-\\U00016FEF\\U00016FF2-\\U00016FFF\\U000187F8-\\U000187FF\\U00018CD6-\\U00018CFF\\U00018D09-\\U0001AFEF\\U0001AFF4\\U0001AFFC\\U0001AFFF\\U0001B123-\\U0001B14F\\U0001B153-\\U0001B163\\U0001B168-\\U0001B16F\\U0001B2FC-\\U0001BBFF\\U0001BC6B-\\U0001BC6F\\U0001BC7D-\\U0001BC7F\\U0001BC89-\\U0001BC8F\\U0001BC9A\\U0001BC9B\\U0001BCA0-\\U0001CEFF\\U0001CF2E\\U0001CF2F\\U0001CF47-\\U0001CF4F\\U0001CFC4-\\U0001CFFF\\U0001D0F6-\\U0001D0FF\\U0001D127\\U0001D128\\U0001D173-\\U0001D17A\\U0001D1EB-\\U0001D1FF\\U0001D246-\\U0001D2DF\\U0001D2F4-\\U0001D2FF\\U0001D357-\\U0001D35F\\U0001D379-\\U0001D3FF\\U0001D455\\U0001D49D\\U0001D4A0\\U0001D4A1\\U0001D4A3\\U0001D4A4\\U0001D4A7\\U0001D4A8\\U0001D4AD\\U0001D4BA\\U0001D4BC\\U0001D4C4\\U0001D506\\U0001D50B\\U0001D50C\\U0001D515\\U0001D51D\\U0001D53A\\U0001D53F\\U0001D545\\U0001D547-\\U0001D549\\U0001D551\\U0001D6A6\\U0001D6A7\\U0001D7CC\\U0001D7CD\\U0001DA8C-\\U0001DA9A\\U0001DAA0\\U0001DAB0-\\U0001DEFF\\U0001DF1F-\\U0001DFFF\\U0001E007\\U0001E019\\U0001E01A\\U0001E022\\U0001E025\\U0001E02B-\\U0001E0FF\\U0001E12D-\\U0001E12F\\U0001E13E\\U0001E13F\\U0001E14A-\\U0001E14D\\U0001E150-\\U0001E28F\\U0001E2AF-\\U0001E2BF\\U0001E2FA-\\U0001E2FE\\U0001E300-\\U0001E7DF\\U0001E7E7\\U0001E7EC\\U0001E7EF\\U0001E7FF\\U0001E8C5\\U0001E8C6\\U0001E8D7-\\U0001E8FF\\U0001E94C-\\U0001E94F\\U0001E95A-\\U0001E95D\\U0001E960-\\U0001EC70\\U0001ECB5-\\U0001ED00\\U0001ED3E-\\U0001EDFF\\U0001EE04\\U0001EE20\\U0001EE23\\U0001EE25\\U0001EE26\\U0001EE28\\U0001EE33\\U0001EE38\\U0001EE3A\\U0001EE3C-\\U0001EE41\\U0001EE43-\\U0001EE46\\U0001EE48\\U0001EE4A\\U0001EE4C\\U0001EE50\\U0001EE53\\U0001EE55\\U0001EE56\\U0001EE58\\U0001EE5A\\U0001EE5C\\U0001EE5E\\U0001EE60\\U0001EE63\\U0001EE65\\U0001EE66\\U0001EE6B\\U0001EE73\\U0001EE78\\U0001EE7D\\U0001EE7F\\U0001EE8A\\U0001EE9C-\\U0001EEA0\\U0001EEA4\\U0001EEAA\\U0001EEBC-\\U0001EEEF\\U0001EEF2-\\U0001EFFF\\U0001F02C-\\U0001F02F\\U0001F094-\\U0001F09F\\U0001F0AF\\U0001F0B0\\U0001F0C0\\U0001F0D0\\U0001F0F6-\\U0001F0FF\\U0001F1AE-\\U0001F1E5\\U0001F203-\\U0001F20F\\U0001F23C-\\U0001F23F\\U0001F249-\\U0001F24F\\U0001F252-\\U0001F25F\\U0001F266-\\U0001F2FF\\U0001F6D8-\\U0001F6DC\\U0001F6ED-\\U0001F6EF\\U0001F6FD-\\U0001F6FF\\U0001F774-\\U0001F77F\\U0001F7D9-\\U0001F7DF\\U0001F7EC-\\U0001F7EF\\U0001F7F1-\\U0001F7FF\\U0001F80C-\\U0001F80F\\U0001F848-\\U0001F84F\\U0001F85A-\\U0001F85F\\U0001F888-\\U0001F88F\\U0001F8AE\\U0001F8AF\\U0001F8B2-\\U0001F8FF\\U0001FA54-\\U0001FA5F\\U0001FA6E\\U0001FA6F\\U0001FA75-\\U0001FA77\\U0001FA7D-\\U0001FA7F\\U0001FA87-\\U0001FA8F\\U0001FAAD-\\U0001FAAF\\U0001FABB-\\U0001FABF\\U0001FAC6-\\U0001FACF\\U0001FADA-\\U0001FADF\\U0001FAE8-\\U0001FAEF\\U0001FAF7-\\U0001FAFF\\U0001FB93\\U0001FBCB-\\U0001FBEF\\U0001FBFA-\\U0001FFFF\\U0002A6E0-\\U0002A6FF\\U0002B739-\\U0002B73F\\U0002B81E\\U0002B81F\\U0002CEA2-\\U0002CEAF\\U0002EBE1-\\U0002F7FF\\U0002FA1E-\\U0002FFFF\\U0003134B-\\U000E00FF\\U000E01F0-\\U0010FFFF]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateDataTableAttribute:
    """Updates all properties for an attribute using all properties from
    CreateDataTableAttribute. There are no other granular update endpoints.
    It does not act as a patch operation - all properties must be provided.
    System managed attributes are not mutable by customers. Changing an
    attribute's validation does not invalidate existing values since
    validation only runs when values are created or updated.

    Fields:

    - ``instance_id``: The unique identifier for the Amazon Connect instance.
    - ``data_table_id``: The unique identifier for the data table.
    - ``attribute_name``: The current name of the attribute to update.
    - ``name``: The new name for the attribute.
    - ``value_type``: The updated value type for the attribute.
    - ``description``: The updated description for the attribute.
    - ``primary``: Whether the attribute should be treated as a primary key.
    - ``validation``: The updated validation rules for the attribute.
    """

    instance_id: str
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str
    """The unique identifier for the data table. Must also accept the table ARN
    with or without a version alias.
    """

    attribute_name: str
    """The current name of the attribute to update. Used as an identifier since
    attribute names can be changed.
    """

    name: str
    """The new name for the attribute. Must conform to Connect human readable
    string specification and be unique within the data table.
    """

    value_type: str
    """The updated value type for the attribute. When changing value types,
    existing values are not deleted but may return default values if
    incompatible.
    """

    description: str | None = None
    """The updated description for the attribute."""

    primary: bool | None = None
    """Whether the attribute should be treated as a primary key. Converting to
    primary attribute requires existing values to maintain uniqueness.
    """

    validation: Validation | None = None
    """The updated validation rules for the attribute. Changes do not affect
    existing values until they are modified.
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
        value = self.data_table_id
        if value is None:
            errors.append(prefix + "data_table_id: required but missing")
        else:
            path = prefix + "data_table_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.attribute_name
        if value is None:
            errors.append(prefix + "attribute_name: required but missing")
        else:
            path = prefix + "attribute_name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.value_type
        if value is None:
            errors.append(prefix + "value_type: required but missing")
        else:
            path = prefix + "value_type"
            _rt.check_str(
                errors, path, value, enum=_DATA_TABLE_ATTRIBUTE_VALUE_TYPE_VALUES
            )
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(
                errors, path, value, min_len=0, max_len=250, pattern=_PATTERN_2
            )
        value = self.primary
        if value is not None:
            path = prefix + "primary"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.validation
        if value is not None:
            path = prefix + "validation"
            if isinstance(value, Validation):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected Validation, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["DataTableId"] = self.data_table_id
        result["AttributeName"] = self.attribute_name
        result["Name"] = self.name
        result["ValueType"] = self.value_type
        if self.description is not None:
            result["Description"] = self.description
        if self.primary is not None:
            result["Primary"] = self.primary
        if self.validation is not None:
            result["Validation"] = self.validation.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateDataTableAttribute:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateDataTableAttribute")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            data_table_id=_rt.required(data, "DataTableId", path),
            attribute_name=_rt.required(data, "AttributeName", path),
            name=_rt.required(data, "Name", path),
            value_type=_rt.required(data, "ValueType", path),
            description=data.get("Description"),
            primary=data.get("Primary"),
            validation=(
                None
                if (value := data.get("Validation")) is None
                else Validation.from_dict(value, path=path + "Validation" + ".")
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateDataTableAttributeResponse:
    """The response of UpdateDataTableAttribute.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``name``: The trimmed name and identifier for the updated attribute.
    - ``lock_version``: The new lock version for the attribute after the update.
    """

    http_status: int
    """The HTTP status code of the response."""

    name: str | None
    """The trimmed name and identifier for the updated attribute."""

    lock_version: DataTableLockVersion | None
    """The new lock version for the attribute after the update."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.lock_version
        if value is None:
            errors.append(prefix + "lock_version: required but missing")
        else:
            path = prefix + "lock_version"
            if isinstance(value, DataTableLockVersion):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected DataTableLockVersion, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.name is not None:
            result["Name"] = self.name
        if self.lock_version is not None:
            result["LockVersion"] = self.lock_version.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateDataTableAttributeResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateDataTableAttributeResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            name=data.get("Name"),
            lock_version=(
                None
                if (value := data.get("LockVersion")) is None
                else DataTableLockVersion.from_dict(
                    value, path=path + "LockVersion" + "."
                )
            ),
        )


class _UpdateDataTableAttributeResponseDraft:
    """A :class:`UpdateDataTableAttributeResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "name", "lock_version")
    http_status: int
    name: str | None
    lock_version: DataTableLockVersion | None


def new_update_data_table_attribute(
    instance_id: str,
    data_table_id: str,
    attribute_name: str,
    name: str,
    value_type: str,
) -> UpdateDataTableAttribute:
    """Create a :class:`UpdateDataTableAttribute` with all optional fields omitted."""
    return UpdateDataTableAttribute(
        instance_id=instance_id,
        data_table_id=data_table_id,
        attribute_name=attribute_name,
        name=name,
        value_type=value_type,
    )


update_data_table_attribute_instance_id = _rt.Lens[UpdateDataTableAttribute, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_data_table_attribute_instance_id",
)
"""Lens on :attr:`UpdateDataTableAttribute.instance_id`."""


update_data_table_attribute_data_table_id = _rt.Lens[UpdateDataTableAttribute, str](
    lambda s: s.data_table_id,
    lambda s, v: _dc.replace(s, data_table_id=v),
    "update_data_table_attribute_data_table_id",
)
"""Lens on :attr:`UpdateDataTableAttribute.data_table_id`."""


update_data_table_attribute_attribute_name = _rt.Lens[UpdateDataTableAttribute, str](
    lambda s: s.attribute_name,
    lambda s, v: _dc.replace(s, attribute_name=v),
    "update_data_table_attribute_attribute_name",
)
"""Lens on :attr:`UpdateDataTableAttribute.attribute_name`."""


update_data_table_attribute_name = _rt.Lens[UpdateDataTableAttribute, str](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_data_table_attribute_name",
)
"""Lens on :attr:`UpdateDataTableAttribute.name`."""


update_data_table_attribute_value_type = _rt.Lens[UpdateDataTableAttribute, str](
    lambda s: s.value_type,
    lambda s, v: _dc.replace(s, value_type=v),
    "update_data_table_attribute_value_type",
)
"""Lens on :attr:`UpdateDataTableAttribute.value_type`."""


update_data_table_attribute_description = _rt.Lens[
    UpdateDataTableAttribute, str | None
](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_data_table_attribute_description",
)
"""Lens on :attr:`UpdateDataTableAttribute.description`."""


update_data_table_attribute_primary = _rt.Lens[UpdateDataTableAttribute, bool | None](
    lambda s: s.primary,
    lambda s, v: _dc.replace(s, primary=v),
    "update_data_table_attribute_primary",
)
"""Lens on :attr:`UpdateDataTableAttribute.primary`."""


update_data_table_attribute_validation = _rt.Lens[
    UpdateDataTableAttribute, Validation | None
](
    lambda s: s.validation,
    lambda s, v: _dc.replace(s, validation=v),
    "update_data_table_attribute_validation",
)
"""Lens on :attr:`UpdateDataTableAttribute.validation`."""


def new_update_data_table_attribute_response(
    http_status: int,
    name: str,
    lock_version: DataTableLockVersion,
) -> UpdateDataTableAttributeResponse:
    """Create a :class:`UpdateDataTableAttributeResponse` with all optional fields omitted."""
    return UpdateDataTableAttributeResponse(
        http_status=http_status,
        name=name,
        lock_version=lock_version,
    )


update_data_table_attribute_response_http_status = _rt.Lens[
    UpdateDataTableAttributeResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_data_table_attribute_response_http_status",
)
"""Lens on :attr:`UpdateDataTableAttributeResponse.http_status`."""


update_data_table_attribute_response_name = _rt.Lens[
    UpdateDataTableAttributeResponse, str | None
](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_data_table_attribute_response_name",
)
"""Lens on :attr:`UpdateDataTableAttributeResponse.name`."""


update_data_table_attribute_response_lock_version = _rt.Lens[
    UpdateDataTableAttributeResponse, DataTableLockVersion | None
](
    lambda s: s.lock_version,
    lambda s, v: _dc.replace(s, lock_version=v),
    "update_data_table_attribute_response_lock_version",
)
"""Lens on :attr:`UpdateDataTableAttributeResponse.lock_version`."""


def _serialize(
    request: UpdateDataTableAttribute, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.data_table_id == "":
        raise _rt.ValidationError(
            ["data_table_id: a URI label must be set and not empty"]
        )
    if request.attribute_name == "":
        raise _rt.ValidationError(
            ["attribute_name: a URI label must be set and not empty"]
        )
    path = (
        "/data-tables/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.data_table_id, "data_table_id")
        + "/attributes/"
        + _rt.quote_label(request.attribute_name, "attribute_name")
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["Name"] = request.name
    data["ValueType"] = request.value_type
    if request.description is not None:
        data["Description"] = request.description
    if request.primary is not None:
        data["Primary"] = request.primary
    if request.validation is not None:
        data["Validation"] = request.validation._to_json()
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="POST",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> UpdateDataTableAttributeResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _UpdateDataTableAttributeResponseDraft()
    draft.http_status = status
    try:
        draft.name = (
            None
            if (value := data.get("Name")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Name"))
        )
        draft.lock_version = (
            None
            if (value := data.get("LockVersion")) is None
            else DataTableLockVersion._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "LockVersion")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, UpdateDataTableAttributeResponse)


OPERATION: _rt.Operation[UpdateDataTableAttribute, UpdateDataTableAttributeResponse] = (
    _rt.Operation(
        "UpdateDataTableAttribute",
        UpdateDataTableAttribute,
        UpdateDataTableAttributeResponse,
        (
            _errors.InvalidRequestException,
            _errors.ConflictException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
            _errors.InvalidParameterException,
            _errors.LimitExceededException,
            _errors.ServiceQuotaExceededException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The UpdateDataTableAttribute operation: its types, errors and wire codec."""
