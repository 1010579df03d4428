BEGIN TRANSACTION;
CREATE TABLE answers (
    audit_id TEXT NOT NULL REFERENCES audits(id),
    question_id TEXT NOT NULL,
    item INTEGER NOT NULL DEFAULT -1,
    value TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (audit_id, question_id, item)
) WITHOUT ROWID;
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','acta_entrega_recepcion',-1,'"si"',NULL,'2026-11-27T00:42:39.366Z','2026-11-27T00:42:39.366Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','anticipo_amortizado',-1,'"si"',NULL,'2026-11-27T00:42:39.363Z','2026-11-27T00:42:39.363Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','avance_financiero_pagado',-1,'100',NULL,'2026-11-27T00:42:39.357Z','2026-11-27T00:42:39.357Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','avance_fisico_observado',-1,'100',NULL,'2026-11-27T00:42:39.355Z','2026-11-27T00:42:39.355Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','avance_fisico_reportado',-1,'100',NULL,'2026-11-27T00:42:39.356Z','2026-11-27T00:42:39.356Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','bitacora_al_dia',-1,'"si"',NULL,'2026-11-27T00:42:39.353Z','2026-11-27T00:42:39.353Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','cantidades_coinciden',-1,'"si"',NULL,'2026-11-27T00:42:39.359Z','2026-11-27T00:42:39.359Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','comite_contraloria_social',-1,'"si"',NULL,'2026-11-27T00:42:39.364Z','2026-11-27T00:42:39.364Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','convenios_modificatorios',-1,'"no"',NULL,'2026-11-27T00:42:39.362Z','2026-11-27T00:42:39.362Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','defectos_visibles',-1,'"ninguno"',NULL,'2026-11-27T00:42:39.360Z','2026-11-27T00:42:39.360Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','estado_programa',-1,'"terminada"',NULL,'2026-11-27T00:42:39.358Z','2026-11-27T00:42:39.358Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','expediente_disponible',-1,'"si"',NULL,'2026-11-27T00:42:39.351Z','2026-11-27T00:42:39.351Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','fecha_ultima_nota',-1,'"2026-08-14"',NULL,'2026-11-27T00:42:39.354Z','2026-11-27T00:42:39.354Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','letrero_obra',-1,'"si"',NULL,'2026-11-27T00:42:39.352Z','2026-11-27T00:42:39.352Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','materiales_conformes',-1,'"si"',NULL,'2026-11-27T00:42:39.359Z','2026-11-27T00:42:39.359Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','obra_en_uso',-1,'"si"',NULL,'2026-11-27T00:42:39.367Z','2026-11-27T00:42:39.367Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','observaciones_visita',-1,'"Obra terminada y en uso por la escuela; sin observaciones."',NULL,'2026-11-27T00:42:39.368Z','2026-11-27T00:42:39.368Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','pruebas_laboratorio',-1,'"si"',NULL,'2026-11-27T00:42:39.361Z','2026-11-27T00:42:39.361Z');
INSERT INTO "answers" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','quejas_vecinos',-1,'"no"',NULL,'2026-11-27T00:42:39.365Z','2026-11-27T00:42:39.365Z');
INSERT INTO "answers" VALUES('818f6e78-0ac1-4f97-87c8-a61be232f9ab','dictamen_comite',-1,'"si"',NULL,'2026-11-27T00:42:39.228Z','2026-11-27T00:42:39.228Z');
INSERT INTO "answers" VALUES('818f6e78-0ac1-4f97-87c8-a61be232f9ab','especificaciones_detalle',-1,'"Se exige una marca específica de luminaria LED sin admitir equivalentes."',NULL,'2026-11-27T00:42:39.226Z','2026-11-27T00:42:39.226Z');
INSERT INTO "answers" VALUES('818f6e78-0ac1-4f97-87c8-a61be232f9ab','especificaciones_dirigidas',-1,'"si"',NULL,'2026-11-27T00:42:39.225Z','2026-11-27T00:42:39.225Z');
INSERT INTO "answers" VALUES('818f6e78-0ac1-4f97-87c8-a61be232f9ab','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-11-27T00:42:39.227Z','2026-11-27T00:42:39.227Z');
INSERT INTO "answers" VALUES('818f6e78-0ac1-4f97-87c8-a61be232f9ab','supuesto_excepcion',-1,'"monto_dentro_de_limites"',NULL,'2026-11-27T00:42:39.227Z','2026-11-27T00:42:39.227Z');
INSERT INTO "answers" VALUES('a7fb3509-dd58-488c-beb0-80d94bc09415','descripcion',0,'"Ventanilla única digital en operación"',NULL,'2026-11-27T00:42:39.339Z','2026-11-27T00:42:39.339Z');
INSERT INTO "answers" VALUES('a7fb3509-dd58-488c-beb0-80d94bc09415','descripcion',1,'"Catálogo público de giros de bajo riesgo"',NULL,'2026-11-27T00:42:39.344Z','2026-11-27T00:42:39.344Z');
INSERT INTO "answers" VALUES('a7fb3509-dd58-488c-beb0-80d94bc09415','entregable_verificable',0,'"si"',NULL,'2026-11-27T00:42:39.340Z','2026-11-27T00:42:39.340Z');
INSERT INTO "answers" VALUES('a7fb3509-dd58-488c-beb0-80d94bc09415','entregable_verificable',1,'"si"',NULL,'2026-11-27T00:42:39.345Z','2026-11-27T00:42:39.345Z');
INSERT INTO "answers" VALUES('a7fb3509-dd58-488c-beb0-80d94bc09415','estatus',0,'"completo"',NULL,'2026-11-27T00:42:39.340Z','2026-11-27T00:42:39.340Z');
INSERT INTO "answers" VALUES('a7fb3509-dd58-488c-beb0-80d94bc09415','estatus',1,'"limitado"',NULL,'2026-11-27T00:42:39.345Z','2026-11-27T00:42:39.345Z');
INSERT INTO "answers" VALUES('a7fb3509-dd58-488c-beb0-80d94bc09415','grupo_coordinador_participo',-1,'"si"',NULL,'2026-11-27T00:42:39.348Z','2026-11-27T00:42:39.348Z');
INSERT INTO "answers" VALUES('a7fb3509-dd58-488c-beb0-80d94bc09415','informe_avance_publicado',-1,'"no"',NULL,'2026-11-27T00:42:39.349Z','2026-11-27T00:42:39.349Z');
INSERT INTO "answers" VALUES('a7fb3509-dd58-488c-beb0-80d94bc09415','porcentaje_reportado',0,'100',NULL,'2026-11-27T00:42:39.341Z','2026-11-27T00:42:39.341Z');
INSERT INTO "answers" VALUES('a7fb3509-dd58-488c-beb0-80d94bc09415','porcentaje_reportado',1,'80',NULL,'2026-11-27T00:42:39.346Z','2026-11-27T00:42:39.346Z');
INSERT INTO "answers" VALUES('a7fb3509-dd58-488c-beb0-80d94bc09415','porcentaje_verificado',0,'100',NULL,'2026-11-27T00:42:39.342Z','2026-11-27T00:42:39.342Z');
INSERT INTO "answers" VALUES('a7fb3509-dd58-488c-beb0-80d94bc09415','porcentaje_verificado',1,'40',NULL,'2026-11-27T00:42:39.347Z','2026-11-27T00:42:39.347Z');
INSERT INTO "answers" VALUES('a7fb3509-dd58-488c-beb0-80d94bc09415','url_evidencia',0,'"https://www.municipiochihuahua.gob.mx/"',NULL,'2026-11-27T00:42:39.342Z','2026-11-27T00:42:39.342Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','avance_obra_publicado',-1,'"si"',NULL,'2026-11-27T00:42:39.314Z','2026-11-27T00:42:39.314Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','contrato_en_sipot',-1,'"si"',NULL,'2026-11-27T00:42:39.304Z','2026-11-27T00:42:39.304Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','enlace_convocatoria',-1,'"si"',NULL,'2026-11-27T00:42:39.307Z','2026-11-27T00:42:39.307Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','enlace_dictamen',-1,'"no"',NULL,'2026-11-27T00:42:39.309Z','2026-11-27T00:42:39.309Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','enlace_fallo',-1,'"si"',NULL,'2026-11-27T00:42:39.308Z','2026-11-27T00:42:39.308Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','fecha_publicacion_sipot',-1,'"2026-07-28"',NULL,'2026-11-27T00:42:39.307Z','2026-11-27T00:42:39.307Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','finiquito_publicado',-1,'"na"',NULL,'2026-11-27T00:42:39.316Z','2026-11-27T00:42:39.316Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','formato_datos',-1,'"abierto"',NULL,'2026-11-27T00:42:39.319Z','2026-11-27T00:42:39.319Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','lista_asistentes_publicada',-1,'"si"',NULL,'2026-11-27T00:42:39.310Z','2026-11-27T00:42:39.310Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','listado_obras_publicado',-1,'"si"',NULL,'2026-11-27T00:42:39.318Z','2026-11-27T00:42:39.318Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','mecanismos_vigilancia',-1,'["contraloria_social","oic"]',NULL,'2026-11-27T00:42:39.316Z','2026-11-27T00:42:39.316Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','motivos_seleccion_publicados',-1,'"si"',NULL,'2026-11-27T00:42:39.311Z','2026-11-27T00:42:39.311Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','observaciones_revision',-1,'"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."',NULL,'2026-11-27T00:42:39.319Z','2026-11-27T00:42:39.319Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','padron_proveedores_publicado',-1,'"si"',NULL,'2026-11-27T00:42:39.317Z','2026-11-27T00:42:39.317Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','partida_origen_publicados',-1,'"si"',NULL,'2026-11-27T00:42:39.313Z','2026-11-27T00:42:39.313Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','recepcion_obra_publicada',-1,'"na"',NULL,'2026-11-27T00:42:39.315Z','2026-11-27T00:42:39.315Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','url_registro_sipot',-1,'"https://www.plataformadetransparencia.org.mx/"',NULL,'2026-11-27T00:42:39.306Z','2026-11-27T00:42:39.306Z');
INSERT INTO "answers" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','version_publica_contrato',-1,'"si"',NULL,'2026-11-27T00:42:39.312Z','2026-11-27T00:42:39.312Z');
INSERT INTO "answers" VALUES('dd7dbd76-2137-4dc6-ba9c-986c6cda18a4','avance_financiero_pagado',-1,'68',NULL,'2026-11-27T00:42:39.270Z','2026-11-27T00:42:39.270Z');
INSERT INTO "answers" VALUES('dd7dbd76-2137-4dc6-ba9c-986c6cda18a4','avance_fisico_observado',-1,'55','Falta colar aproximadamente 180 m de los 400 m del tramo.','2026-11-27T00:42:39.268Z','2026-11-27T00:42:39.268Z');
INSERT INTO "answers" VALUES('dd7dbd76-2137-4dc6-ba9c-986c6cda18a4','avance_fisico_reportado',-1,'70',NULL,'2026-11-27T00:42:39.269Z','2026-11-27T00:42:39.269Z');
INSERT INTO "answers" VALUES('dd7dbd76-2137-4dc6-ba9c-986c6cda18a4','bitacora_al_dia',-1,'"si"',NULL,'2026-11-27T00:42:39.267Z','2026-11-27T00:42:39.267Z');
INSERT INTO "answers" VALUES('dd7dbd76-2137-4dc6-ba9c-986c6cda18a4','estado_programa',-1,'"atrasada"',NULL,'2026-11-27T00:42:39.271Z','2026-11-27T00:42:39.271Z');
INSERT INTO "answers" VALUES('dd7dbd76-2137-4dc6-ba9c-986c6cda18a4','expediente_disponible',-1,'"si"',NULL,'2026-11-27T00:42:39.265Z','2026-11-27T00:42:39.265Z');
INSERT INTO "answers" VALUES('dd7dbd76-2137-4dc6-ba9c-986c6cda18a4','fecha_ultima_nota',-1,'"2026-11-15"',NULL,'2026-11-27T00:42:39.267Z','2026-11-27T00:42:39.267Z');
INSERT INTO "answers" VALUES('dd7dbd76-2137-4dc6-ba9c-986c6cda18a4','letrero_obra',-1,'"no"','No se encontró letrero en ninguno de los dos frentes de trabajo.','2026-11-27T00:42:39.266Z','2026-11-27T00:42:39.266Z');
INSERT INTO "answers" VALUES('f91c7414-99d9-4754-b0cf-acd500623b6c','acta_junta_publicada',-1,'"si"',NULL,'2026-11-27T00:42:39.217Z','2026-11-27T00:42:39.217Z');
INSERT INTO "answers" VALUES('f91c7414-99d9-4754-b0cf-acd500623b6c','apertura_publica',-1,'"si"',NULL,'2026-11-27T00:42:39.221Z','2026-11-27T00:42:39.221Z');
INSERT INTO "answers" VALUES('f91c7414-99d9-4754-b0cf-acd500623b6c','asistentes_junta',-1,'3',NULL,'2026-11-27T00:42:39.218Z','2026-11-27T00:42:39.218Z');
INSERT INTO "answers" VALUES('f91c7414-99d9-4754-b0cf-acd500623b6c','cambios_requisitos_fondo',-1,'"no"',NULL,'2026-11-27T00:42:39.219Z','2026-11-27T00:42:39.219Z');
INSERT INTO "answers" VALUES('f91c7414-99d9-4754-b0cf-acd500623b6c','convocatoria_publicada',-1,'"si"',NULL,'2026-11-27T00:42:39.212Z','2026-11-27T00:42:39.212Z');
INSERT INTO "answers" VALUES('f91c7414-99d9-4754-b0cf-acd500623b6c','especificaciones_dirigidas',-1,'"no"',NULL,'2026-11-27T00:42:39.215Z','2026-11-27T00:42:39.215Z');
INSERT INTO "answers" VALUES('f91c7414-99d9-4754-b0cf-acd500623b6c','fecha_apertura_proposiciones',-1,'"2026-10-14"',NULL,'2026-11-27T00:42:39.214Z','2026-11-27T00:42:39.214Z');
INSERT INTO "answers" VALUES('f91c7414-99d9-4754-b0cf-acd500623b6c','fecha_publicacion_convocatoria',-1,'"2026-10-02"',NULL,'2026-11-27T00:42:39.213Z','2026-11-27T00:42:39.213Z');
INSERT INTO "answers" VALUES('f91c7414-99d9-4754-b0cf-acd500623b6c','indicios_colusion',-1,'"no"',NULL,'2026-11-27T00:42:39.223Z','2026-11-27T00:42:39.223Z');
INSERT INTO "answers" VALUES('f91c7414-99d9-4754-b0cf-acd500623b6c','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-11-27T00:42:39.216Z','2026-11-27T00:42:39.216Z');
INSERT INTO "answers" VALUES('f91c7414-99d9-4754-b0cf-acd500623b6c','numero_proposiciones',-1,'2','Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.','2026-11-27T00:42:39.220Z','2026-11-27T00:42:39.220Z');
INSERT INTO "answers" VALUES('f91c7414-99d9-4754-b0cf-acd500623b6c','propuesta_extemporanea',-1,'"no"',NULL,'2026-11-27T00:42:39.222Z','2026-11-27T00:42:39.222Z');
CREATE TABLE audits (
    id TEXT PRIMARY KEY,
    form_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    form_sha256 TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
        ('draft', 'finalized', 'signed', 'queued', 'delivered', 'approved', 'returned')),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    supersedes TEXT REFERENCES audits(id),
    superseded_by TEXT REFERENCES audits(id),
    header TEXT NOT NULL DEFAULT '{}',
    repeat_counts TEXT NOT NULL DEFAULT '{}',
    title TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    event_date TEXT,
    observer_code TEXT,
    observer TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finalized_at TEXT,
    finalized_sha256 TEXT,
    log_head TEXT NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000',
    log_count INTEGER NOT NULL DEFAULT 0,
    FOREIGN KEY (form_id, form_version) REFERENCES checklists(form_id, version)
);
INSERT INTO "audits" VALUES('f91c7414-99d9-4754-b0cf-acd500623b6c','procedimiento_contratacion',1,'a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}','{}','LP-MCH-ADQ-014-2026 — Adquisición de uniformes para la Secretaría de Seguridad Pública','f91c7414-99d9-4754-b0cf-acd500623b6c procedimiento_contratacion observacion de procedimiento de contratacion lp-mch-adq-014-2026 — adquisicion de uniformes para la secretaria de seguridad publica lp-mch-adq-014-2026 direccion de recursos materiales adquisicion de uniformes para la secretaria de seguridad publica licitacion publica nacional municipal 4850000 presentacion y apertura de proposiciones 2026-10-14 sala de juntas del comite de adquisiciones, presidencia municipal no','2026-10-14','DEMO-001','{}','2026-11-27T00:42:39.165Z','2026-11-27T00:42:39.223Z',NULL,NULL,'08da7f71f5f153746a2fe8cf088d54ca0ece383f1fabec51d4d8998a0ce42aa3',15);
INSERT INTO "audits" VALUES('818f6e78-0ac1-4f97-87c8-a61be232f9ab','procedimiento_contratacion',1,'a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}','{}','AD-MCH-SER-031-2026 — Mantenimiento correctivo de luminarias en el sector poniente','818f6e78-0ac1-4f97-87c8-a61be232f9ab procedimiento_contratacion observacion de procedimiento de contratacion ad-mch-ser-031-2026 — mantenimiento correctivo de luminarias en el sector poniente ad-mch-ser-031-2026 direccion de alumbrado publico mantenimiento correctivo de luminarias en el sector poniente adjudicacion directa nacional estatal 1280000 lectura o notificacion del fallo 2026-11-05 oficinas de la direccion de alumbrado publico no','2026-11-05','DEMO-001','{}','2026-11-27T00:42:39.224Z','2026-11-27T00:42:39.229Z',NULL,NULL,'7545419a90c4061a8b7ba110fa1040607b2bc8524ca01b98016cfeada6a26c11',8);
INSERT INTO "audits" VALUES('dd7dbd76-2137-4dc6-ba9c-986c6cda18a4','visita_obra_publica',1,'5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6','draft',1,NULL,NULL,'{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}','{}','OP-MCH-FISM-007-2026 — Pavimentación con concreto hidráulico de la calle Libertad','dd7dbd76-2137-4dc6-ba9c-986c6cda18a4 visita_obra_publica visita de verificacion de obra publica op-mch-fism-007-2026 — pavimentacion con concreto hidraulico de la calle libertad op-mch-fism-007-2026 pavimentacion con concreto hidraulico de la calle libertad calle libertad entre av. tecnologico y calle 20, col. riberas de sacramento 28.7121 -106.1077 construcciones y pavimentos del norte, s.a. de c.v. 6735400.5 2026-07-01 2026-10-31 ing. laura chavez dominguez federal fism-df (ramo 33) 2026-11-18','2026-11-18','DEMO-001','{}','2026-11-27T00:42:39.230Z','2026-11-27T00:42:39.271Z',NULL,NULL,'965632ba558fb42f69997b4c1fcb006921b4ba2430c576fc9e0ce1328147d7b7',11);
INSERT INTO "audits" VALUES('b5aa1866-29c4-45c5-a7ab-892b95175add','transparencia_contratacion',1,'605fd23883e2b0c6d3ddaa61264c1d6cfd203f3088251c17e332c50d20c029dc','finalized',1,NULL,NULL,'{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}','{}','LP-MCH-OP-009-2026 — Rehabilitación del parque Los Nogales','b5aa1866-29c4-45c5-a7ab-892b95175add transparencia_contratacion revision de transparencia de la contratacion lp-mch-op-009-2026 — rehabilitacion del parque los nogales lp-mch-op-009-2026 cont-op-009-2026 direccion de obras publicas rehabilitacion del parque los nogales obra publica licitacion publica urbanizadora sierra madre, s.a. de c.v. 3120000 2026-05-04 2026 segundo (abril a junio) 2026-09-22 https://www.municipiochihuahua.gob.mx/transparencia','2026-09-22','DEMO-001','{"code":"DEMO-001","municipality":"Chihuahua","name":"Observadora de ejemplo"}','2026-11-27T00:42:39.272Z','2026-11-27T00:42:39.320Z','2026-11-27T00:42:39.320Z','64674fcacfe6ca52ae4cd3d16b434e7fd768f786f21dc4dad27c732ab5731add','3316a2d115d65e39b62c638dd4ebf4e502cdd77801c53a9015bbe7a7e632df72',21);
INSERT INTO "audits" VALUES('a7fb3509-dd58-488c-beb0-80d94bc09415','seguimiento_gobierno_abierto',1,'9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29','draft',1,NULL,NULL,'{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}','{"hitos":2}','2 — Apertura rápida de empresas','a7fb3509-dd58-488c-beb0-80d94bc09415 seguimiento_gobierno_abierto seguimiento de compromiso de gobierno abierto 2 — apertura rapida de empresas 2 apertura rapida de empresas primer plan de accion local de gobierno abierto de chihuahua direccion de desarrollo economico 2025-03-01 2026-08-31 abrir un negocio de bajo riesgo tomaba mas de 30 dias habiles. acceso a la informacion rendicion de cuentas','2025-03-01','DEMO-001','{}','2026-11-27T00:42:39.322Z','2026-11-27T00:42:39.349Z',NULL,NULL,'9d1df188f5a08d8b7f5a73edae7f87b4d0f8d5dd28eb462a3cca2cc973e6e9a5',18);
INSERT INTO "audits" VALUES('1a7cf061-a596-447d-97b5-6e22695b000b','visita_obra_publica',1,'5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6','finalized',1,NULL,NULL,'{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}','{}','OP-MCH-RP-021-2026 — Construcción de techumbre en cancha de usos múltiples','1a7cf061-a596-447d-97b5-6e22695b000b visita_obra_publica visita de verificacion de obra publica op-mch-rp-021-2026 — construccion de techumbre en cancha de usos multiples op-mch-rp-021-2026 construccion de techumbre en cancha de usos multiples escuela primaria benito juarez, localidad el sauz estructuras metalicas cuauhtemoc, s.a. de c.v. 1985000 2026-04-15 2026-08-15 municipal 2026-09-03','2026-09-03','DEMO-001','{"code":"DEMO-001","municipality":"Chihuahua","name":"Observadora de ejemplo"}','2026-11-27T00:42:39.350Z','2026-11-27T00:42:39.615Z','2026-11-27T00:42:39.615Z','b5f27c277318d80a65927bc1e1b548d379d665d965473bb3cca6465f53ceda31','131a41bab66c9ee776d1958150b9c0ffae87efb74638c2bfcb661e93f285bee9',24);
CREATE TABLE checklists (
    form_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (form_id, version)
);
INSERT INTO "checklists" VALUES('procedimiento_contratacion',1,'a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9','Observación de procedimiento de contratación','# Lista de verificación 1 — Observación de procedimiento de contratación.
#
# Contenido: /work/shared/domain/checklists.md, "Checklist 1".
# Severidad: alta = posible incumplimiento legal, escalar al OIC;
#            media = debilidad de control o de transparencia;
#            baja = buena práctica.
# Las señales de alerta son avisos para revisar, nunca prueba de una falta.
#
# Los plazos y umbrales viven en `constants:` para que el OIC pueda
# ajustarlos sin tocar las reglas. Los marcados [verificar] no se han
# confirmado en el texto legal.

id: procedimiento_contratacion
version: 1
title:
  es: Observación de procedimiento de contratación
  en: Procurement procedure observation
description:
  es: >-
    Guía para observar en persona un evento de un procedimiento de
    adquisición, arrendamiento o servicio (junta de aclaraciones, apertura de
    proposiciones, fallo, firma del contrato) y revisar su expediente.
    Conteste solo lo que pudo constatar; deje en blanco lo que no sepa.
  en: >-
    Guide to observe in person an event of a procurement procedure and review
    its file. Answer only what you could verify; leave blank what you do not know.

constants:
  # Días naturales mínimos entre la publicación de la convocatoria y la
  # apertura de proposiciones en procedimientos abiertos. [verificar plazo legal]
  plazo_minimo_dias: 15
  # Con esta cantidad de proposiciones o menos se considera baja competencia.
  max_proposiciones_baja_competencia: 3
  # Precio no aceptable: más de este porcentaje por encima de la referencia
  # de la investigación de mercado (LAASSP 2025).
  umbral_precio_no_aceptable_pct: 10
  # Precio no conveniente: este porcentaje o más por debajo de la referencia
  # de la investigación de mercado (LAASSP 2025).
  umbral_precio_no_conveniente_pct: 40

header:
  - id: numero_procedimiento
    type: text
    required: true
    max_length: 200
    label:
      es: Número del procedimiento
      en: Procedure number
    help:
      es: Tal como aparece en la convocatoria o en la invitación (por ejemplo, LA-MCH-001-2025).
  - id: unidad_convocante
    type: text
    required: true
    max_length: 300
    label:
      es: Unidad convocante
      en: Convening unit
    help:
      es: Dependencia o área del municipio que lleva el procedimiento.
  - id: objeto_contratacion
    type: text
    multiline: true
    max_length: 2000
    label:
      es: Objeto de la contratación
      en: Subject of the contract
    help:
      es: Qué se compra, arrienda o contrata, en pocas palabras.
  - id: tipo_procedimiento
    type: single_choice
    required: true
    label:
      es: Tipo de procedimiento
      en: Procedure type
    options:
      - id: licitacion_publica
        label: {es: "Licitación pública", en: "Open tender"}
      - id: invitacion_tres
        label: {es: "Invitación a cuando menos tres personas", en: "Invitation to at least three bidders"}
      - id: adjudicacion_directa
        label: {es: "Adjudicación directa", en: "Direct award"}
      - id: subasta_inversa
        label: {es: "Subasta inversa", en: "Reverse auction"}
      - id: dialogo_competitivo
        label: {es: "Diálogo competitivo", en: "Competitive dialogue"}
      - id: adjudicacion_directa_negociacion
        label: {es: "Adjudicación directa con estrategia de negociación", en: "Direct award with negotiation strategy"}
  - id: caracter
    type: single_choice
    label:
      es: Carácter del procedimiento
      en: Scope
    options:
      - id: nacional
        label: {es: "Nacional", en: "National"}
      - id: internacional
        label: {es: "Internacional", en: "International"}
  - id: origen_recursos
    type: single_choice
    required: true
    label:
      es: Origen de los recursos
      en: Source of funds
    help:
      es: >-
        Si el dinero es federal, aplican las reglas federales (LAASSP); si es
        estatal o municipal, la Ley de Adquisiciones, Arrendamientos y
        Contratación de Servicios del Estado de Chihuahua.
    options:
      - id: municipal
        label: {es: "Municipal", en: "Municipal"}
      - id: estatal
        label: {es: "Estatal", en: "State"}
      - id: federal
        label: {es: "Federal", en: "Federal"}
  - id: monto_estimado
    type: number
    min: 0
    unit: MXN
    label:
      es: Monto estimado o presupuesto autorizado
      en: Estimated amount or authorized budget
    help:
      es: En pesos, con IVA si así aparece en la convocatoria o en la suficiencia presupuestal.
  - id: evento_observado
    type: single_choice
    required: true
    label:
      es: Evento observado
      en: Event observed
    options:
      - id: junta_aclaraciones
        label: {es: "Junta de aclaraciones", en: "Clarification meeting"}
      - id: visita_sitio
        label: {es: "Visita al sitio", en: "Site visit"}
      - id: apertura_proposiciones
        label: {es: "Presentación y apertura de proposiciones", en: "Bid opening"}
      - id: evaluacion_dictamen
        label: {es: "Evaluación y dictamen", en: "Evaluation"}
      - id: sesion_comite
        label: {es: "Sesión del Comité de Adquisiciones", en: "Procurement Committee session"}
      - id: fallo
        label: {es: "Lectura o notificación del fallo", en: "Award decision"}
      - id: firma_contrato
        label: {es: "Firma del contrato", en: "Contract signature"}
      - id: entrega_recepcion
        label: {es: "Entrega y recepción de bienes o servicios", en: "Delivery and acceptance"}
      - id: revision_expediente
        label: {es: "Revisión del expediente", en: "File review"}
      - id: otro_evento
        label: {es: "Otro", en: "Other"}
  - id: fecha_evento
    type: date
    required: true
    label:
      es: Fecha del evento
      en: Event date
  - id: lugar
    type: text
    max_length: 500
    label:
      es: Lugar del evento
      en: Place
    help:
      es: Domicilio o sala; si fue en línea, la plataforma utilizada.
  - id: testigo_social
    type: yes_no
    label:
      es: ¿Estuvo presente un testigo social?
      en: Was a social witness present?

sections:
  - id: etapa_convocatoria
    title:
      es: Convocatoria y preparación
      en: Call for tenders and preparation
    questions:
      # 1
      - id: convocatoria_publicada
        type: yes_no_na
        required: true
        relevant: "tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        label:
          es: ¿La convocatoria (o invitación) se publicó en la plataforma oficial o en el portal estatal o municipal?
          en: Was the call (or invitation) published on the official platform or the state/municipal portal?
        help:
          es: >-
            Busque el número de procedimiento en ComprasMX (antes CompraNet) si
            hay recursos federales, o en el portal de transparencia o de
            compras del Estado o del Municipio. Guarde una captura de pantalla
            con la dirección (URL) y la fecha de consulta.
        evidence: document
        evidence_required: "convocatoria_publicada == ''no''"
        red_flags:
          - id: rf_convocatoria_no_publicada
            when: "convocatoria_publicada == ''no''"
            severity: alta
            title:
              es: La convocatoria no se publicó en la plataforma oficial
              en: The call was not published on the official platform
            description:
              es: Sin publicación no hay competencia abierta y el procedimiento puede ser nulo.
            recommendation:
              es: >-
                Adjunte la captura de la búsqueda sin resultados, pregunte a la
                convocante dónde se difundió y anótelo en observaciones.
      # 2
      - id: fecha_publicacion_convocatoria
        type: date
        relevant: "tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        label:
          es: Fecha de publicación de la convocatoria
          en: Publication date of the call
        help:
          es: La que aparece en la plataforma o en el Periódico Oficial, no la de elaboración del documento.
        evidence: document
      - id: fecha_apertura_proposiciones
        type: date
        relevant: "tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        label:
          es: Fecha del acto de presentación y apertura de proposiciones
          en: Bid opening date
        help:
          es: >-
            Con ambas fechas la aplicación calcula el plazo para preparar
            ofertas. El plazo mínimo legal está por confirmar [verificar]; la
            referencia usada es de 15 días naturales y el OIC puede cambiarla.
        evidence: document
      # 3
      - id: especificaciones_dirigidas
        type: yes_no_na
        required: true
        label:
          es: ¿Las especificaciones piden una marca o parecen hechas a la medida de un proveedor?
          en: Do the specifications name a brand or seem tailored to one supplier?
        help:
          es: >-
            Señales: marca o modelo sin la leyenda «o equivalente», medidas o
            características que solo cumple un producto, experiencia o
            certificaciones desproporcionadas para lo que se compra.
        evidence: document
        red_flags:
          - id: rf_especificaciones_dirigidas
            when: "especificaciones_dirigidas == ''si''"
            severity: media
            title:
              es: Especificaciones con marca o a la medida de un proveedor
              en: Brand-specific or tailored specifications
            recommendation:
              es: Describa qué requisito limita la competencia y adjunte la página de la convocatoria donde aparece.
      - id: especificaciones_detalle
        type: text
        multiline: true
        max_length: 4000
        relevant: "especificaciones_dirigidas == ''si''"
        label:
          es: ¿Qué requisito o especificación limita la competencia?
          en: Which requirement limits competition?
      # 4
      - id: investigacion_mercado_suficiencia
        type: yes_no_na
        required: true
        label:
          es: ¿El expediente contiene la investigación de mercado y la suficiencia presupuestal?
          en: Does the file contain the market research and the budget availability?
        help:
          es: >-
            La investigación de mercado debe mostrar al menos las cotizaciones
            o fuentes consultadas; la suficiencia presupuestal es el oficio que
            confirma que hay dinero en la partida.
        evidence: document
        red_flags:
          - id: rf_sin_investigacion_o_suficiencia
            when: "investigacion_mercado_suficiencia == ''no''"
            severity: media
            title:
              es: Falta la investigación de mercado o la suficiencia presupuestal
              en: Market research or budget availability missing
            recommendation:
              es: Solicite ambos documentos a la convocante y anote la respuesta en observaciones.

  - id: etapa_junta
    title:
      es: Junta de aclaraciones
      en: Clarification meeting
    relevant: "tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
    questions:
      # 5
      - id: acta_junta_publicada
        type: yes_no_na
        required: true
        label:
          es: ¿El acta de la junta de aclaraciones está firmada y publicada?
          en: Are the minutes of the clarification meeting signed and published?
        help:
          es: Marque NA si la convocatoria no previó junta de aclaraciones.
        evidence: document
        red_flags:
          - id: rf_acta_junta_no_publicada
            when: "acta_junta_publicada == ''no''"
            severity: media
            title:
              es: El acta de la junta de aclaraciones no está firmada o no se publicó
              en: Clarification minutes not signed or not published
            recommendation:
              es: Solicite el acta y anótelo en observaciones.
      # 6
      - id: asistentes_junta
        type: number
        integer: true
        min: 0
        unit: personas
        label:
          es: Número de licitantes asistentes a la junta de aclaraciones
          en: Number of bidders attending the clarification meeting
        evidence: document
      - id: cambios_requisitos_fondo
        type: yes_no_na
        required: true
        label:
          es: ¿Las respuestas de la junta cambiaron requisitos de fondo de la convocatoria?
          en: Did the answers change substantive requirements of the call?
        help:
          es: >-
            Por ejemplo: cambian el objeto, las cantidades, las
            especificaciones técnicas o los criterios de evaluación, en lugar
            de solo aclararlos.
        evidence: document
        red_flags:
          - id: rf_cambios_requisitos_fondo
            when: "cambios_requisitos_fondo == ''si''"
            severity: media
            title:
              es: La junta de aclaraciones modificó requisitos de fondo
              en: The clarification meeting changed substantive requirements
            recommendation:
              es: Anote qué requisito cambió y si se dio plazo adicional a los licitantes.

  - id: etapa_apertura
    title:
      es: Presentación y apertura de proposiciones
      en: Bid submission and opening
    questions:
      # 7
      - id: numero_proposiciones
        type: number
        integer: true
        min: 0
        unit: proposiciones
        label:
          es: Número de proposiciones recibidas
          en: Number of bids received
        help:
          es: >-
            En adjudicación directa anote las cotizaciones recibidas; las
            alertas de poca competencia no se aplican a ese tipo de procedimiento.
        evidence: document
        evidence_required: "numero_proposiciones == 1 and tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        red_flags:
          - id: rf_proposicion_unica
            when: "numero_proposiciones == 1 and tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
            severity: alta
            title:
              es: Se recibió una sola proposición
              en: Only one bid received
            description:
              es: Una sola oferta en un procedimiento competitivo puede indicar requisitos restrictivos o acuerdos entre empresas.
            recommendation:
              es: Adjunte el acta de apertura y revise si la convocatoria tuvo requisitos que alejaron a otros licitantes.
          - id: rf_pocas_proposiciones
            when: "numero_proposiciones > 1 and numero_proposiciones <= max_proposiciones_baja_competencia and tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
            severity: media
            title:
              es: Baja competencia (pocas proposiciones)
              en: Low competition (few bids)
            recommendation:
              es: Anote los licitantes participantes y compárelos con los de procedimientos similares.
      # 8
      - id: apertura_publica
        type: yes_no_na
        required: true
        relevant: "tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        label:
          es: ¿La apertura fue pública, en la fecha y hora programadas y con acceso para el observador?
          en: Was the opening public, on schedule and open to the observer?
        evidence: none
        red_flags:
          - id: rf_apertura_no_publica
            when: "apertura_publica == ''no''"
            severity: alta
            title:
              es: La apertura no fue pública, no fue en la fecha y hora programadas o se impidió el acceso al observador
              en: Opening not public, off schedule or observer denied access
            recommendation:
              es: Anote la hora real, quién le negó el acceso y el motivo que le dieron; avise al OIC ese mismo día.
      # 9
      - id: propuesta_extemporanea
        type: yes_no_na
        required: true
        label:
          es: ¿Se aceptó alguna proposición entregada fuera del plazo?
          en: Was any bid accepted after the deadline?
        evidence: document
        evidence_required: "propuesta_extemporanea == ''si''"
        red_flags:
          - id: rf_propuesta_extemporanea
            when: "propuesta_extemporanea == ''si''"
            severity: alta
            title:
              es: Se aceptó una proposición fuera de plazo
              en: A late bid was accepted
            recommendation:
              es: Anote la hora de entrega y de cierre; si esa proposición ganó, señálelo en observaciones.
      # 10
      - id: indicios_colusion
        type: yes_no_na
        required: true
        label:
          es: ¿Hay precios idénticos o domicilio, teléfono o correo compartidos entre licitantes?
          en: Are there identical prices or a shared address, phone or email among bidders?
        help:
          es: >-
            Compare los precios unitarios y los datos de contacto de las
            proposiciones y del registro de proveedores. Un mismo representante
            o apoderado para dos empresas también cuenta.
        evidence: document
        evidence_required: "indicios_colusion == ''si''"
        red_flags:
          - id: rf_indicios_colusion
            when: "indicios_colusion == ''si''"
            severity: alta
            title:
              es: Precios idénticos o datos de contacto compartidos entre licitantes
              en: Identical prices or shared contact details among bidders
            description:
              es: Puede indicar acuerdos entre licitantes o proposiciones de cobertura.
            recommendation:
              es: Adjunte las páginas donde coinciden los datos y escale el caso al OIC.

  - id: etapa_evaluacion_fallo
    title:
      es: Evaluación y fallo
      en: Evaluation and award
    questions:
      # 11
      - id: numero_descalificadas
        type: number
        integer: true
        min: 0
        unit: proposiciones
        label:
          es: Número de proposiciones descalificadas o desechadas
          en: Number of bids disqualified
        evidence: document
      - id: descalificacion_sospechosa
        type: yes_no_na
        required: true
        relevant: "numero_descalificadas > 0"
        label:
          es: ¿Se descalificó la proposición más baja (con el precio como único criterio) o a todas menos la ganadora?
          en: Was the lowest bid disqualified (price-only award) or every bid but the winner''s?
        help:
          es: Revise en el dictamen o en el fallo los motivos de descalificación de cada licitante.
        evidence: document
        evidence_required: "descalificacion_sospechosa == ''si''"
        red_flags:
          - id: rf_descalificacion_sospechosa
            when: "descalificacion_sospechosa == ''si''"
            severity: alta
            title:
              es: Se descalificó la oferta más baja o a todos menos al ganador
              en: Lowest bid or all but the winner disqualified
            recommendation:
              es: Adjunte el dictamen y anote si los motivos de descalificación son formales o de fondo.
      # 12
      - id: monto_adjudicado
        type: number
        min: 0
        unit: MXN
        label:
          es: Monto adjudicado
          en: Amount awarded
        help:
          es: Con el precio de referencia de la pregunta siguiente, la aplicación calcula la diferencia porcentual.
        evidence: document
        evidence_required: "percent_diff(monto_adjudicado, precio_referencia_mercado) > umbral_precio_no_aceptable_pct or percent_diff(monto_adjudicado, precio_referencia_mercado) <= -umbral_precio_no_conveniente_pct"
      - id: precio_referencia_mercado
        type: number
        min: 0
        unit: MXN
        label:
          es: Precio de referencia de la investigación de mercado (mediana o promedio)
          en: Market research reference price (median or average)
        help:
          es: >-
            Use el mismo alcance que el monto adjudicado (con o sin IVA). La
            ley federal llama «precio no aceptable» al que supera en más de
            10 % la mediana de la investigación de mercado, y «precio no
            conveniente» al que está 40 % o más por debajo del promedio.
        evidence: document
      # 13
      - id: fallo_en_fecha
        type: yes_no_na
        required: true
        label:
          es: ¿El fallo se dio en la fecha programada?
          en: Was the award issued on the scheduled date?
        evidence: document
        red_flags:
          - id: rf_fallo_fuera_de_fecha
            when: "fallo_en_fecha == ''no''"
            severity: media
            title:
              es: El fallo se difirió de la fecha programada
              en: The award was postponed
            recommendation:
              es: Pida el acta de diferimiento con su justificación y anote los días de retraso.
      - id: dias_retraso_fallo
        type: number
        required: true
        integer: true
        min: 0
        unit: días
        relevant: "fallo_en_fecha == ''no''"
        label:
          es: Días de retraso del fallo
          en: Days of delay

  - id: etapa_contrato
    title:
      es: Contrato y proveedor
      en: Contract and supplier
    questions:
      # 14
      - id: contrato_coincide_fallo
        type: yes_no_na
        required: true
        label:
          es: ¿El contrato coincide con el fallo en monto, objeto y vigencia?
          en: Does the contract match the award in amount, subject and term?
        evidence: document
        evidence_required: "contrato_coincide_fallo == ''no''"
        red_flags:
          - id: rf_contrato_difiere_fallo
            when: "contrato_coincide_fallo == ''no''"
            severity: alta
            title:
              es: El contrato no coincide con el fallo
              en: The contract differs from the award
            recommendation:
              es: Adjunte ambos documentos y anote qué dato cambió (monto, objeto o vigencia).
      # 15
      - id: garantia_cumplimiento
        type: yes_no_na
        required: true
        label:
          es: ¿El proveedor entregó la garantía de cumplimiento?
          en: Did the supplier provide the performance bond?
        help:
          es: Marque NA si el contrato la exceptúa conforme a la ley.
        evidence: document
        red_flags:
          - id: rf_sin_garantia_cumplimiento
            when: "garantia_cumplimiento == ''no''"
            severity: media
            title:
              es: No se entregó la garantía de cumplimiento
              en: No performance bond
            recommendation:
              es: Pregunte a la convocante si hay excepción fundada y anote la respuesta.
      # 16
      - id: proveedor_riesgo
        type: yes_no_na
        required: true
        label:
          es: ¿El proveedor está en la lista del SAT 69-B, está sancionado o se constituyó hace menos de un año?
          en: Is the supplier on the SAT 69-B list, sanctioned, or less than a year old?
        help:
          es: >-
            Consulte la lista de contribuyentes con operaciones presuntamente
            inexistentes (artículo 69-B del Código Fiscal de la Federación), el
            directorio de proveedores y contratistas sancionados, y la fecha
            del acta constitutiva o del Registro Público de Comercio.
        evidence: document
        evidence_required: "proveedor_riesgo == ''si''"
        red_flags:
          - id: rf_proveedor_riesgo
            when: "proveedor_riesgo == ''si''"
            severity: alta
            title:
              es: Proveedor en lista 69-B, sancionado o de reciente creación
              en: Supplier on the 69-B list, sanctioned or newly created
            recommendation:
              es: Adjunte la captura de la consulta con la fecha y escale el caso al OIC.
      # 18
      - id: contratos_fraccionados
        type: yes_no_na
        required: true
        label:
          es: ¿Hay contratos fraccionados (mismo proveedor u objeto que juntos superan el umbral del procedimiento)?
          en: Are there split contracts (same supplier or subject adding up above the threshold)?
        help:
          es: >-
            Busque en el padrón de contratos del mismo periodo compras
            parecidas al mismo proveedor que, sumadas, habrían exigido
            licitación o invitación. Los montos máximos los fija cada año el
            presupuesto de egresos [verificar].
        evidence: document
        evidence_required: "contratos_fraccionados == ''si''"
        red_flags:
          - id: rf_contratos_fraccionados
            when: "contratos_fraccionados == ''si''"
            severity: alta
            title:
              es: Posible fraccionamiento de contratos
              en: Possible contract splitting
            recommendation:
              es: Liste los contratos relacionados (número, fecha, monto) en observaciones y adjunte la consulta.

  - id: excepcion_licitacion
    title:
      es: Excepción a la licitación (adjudicación directa o invitación)
      en: Exception to open tender (direct award or invitation)
    relevant: "tipo_procedimiento in [''adjudicacion_directa'', ''invitacion_tres'', ''adjudicacion_directa_negociacion'']"
    questions:
      # 17
      - id: supuesto_excepcion
        type: single_choice
        required: true
        label:
          es: Supuesto legal invocado para no licitar
          en: Legal ground invoked to avoid an open tender
        help:
          es: Según el dictamen o el oficio de justificación. Anote el artículo y la fracción en la pregunta siguiente.
        evidence: document
        options:
          - id: monto_dentro_de_limites
            label: {es: "Monto dentro de los límites del presupuesto de egresos", en: "Amount within budget-law limits"}
          - id: proveedor_unico
            label: {es: "Un solo proveedor, patente o derechos exclusivos", en: "Single supplier, patent or exclusive rights"}
          - id: caso_fortuito
            label: {es: "Caso fortuito, fuerza mayor o emergencia", en: "Force majeure or emergency"}
          - id: licitacion_desierta
            label: {es: "Licitación declarada desierta", en: "Tender declared void"}
          - id: rescision_contrato
            label: {es: "Rescisión de un contrato anterior", en: "Termination of a previous contract"}
          - id: seguridad
            label: {es: "Seguridad pública o información reservada", en: "Public security or classified information"}
          - id: otro_supuesto
            label: {es: "Otro", en: "Other"}
      - id: supuesto_fundamento
        type: text
        max_length: 500
        label:
          es: Artículo y fracción citados
          en: Article cited
      - id: dictamen_comite
        type: yes_no
        required: true
        label:
          es: ¿El Comité aprobó el dictamen de excepción a la licitación?
          en: Did the Committee approve the exception ruling?
        help:
          es: Pida el acta de la sesión del Comité de Adquisiciones donde se dictaminó la excepción.
        evidence: document
        evidence_required: "dictamen_comite == ''no''"
        red_flags:
          - id: rf_excepcion_sin_dictamen
            when: "dictamen_comite == ''no''"
            severity: alta
            title:
              es: Excepción a la licitación sin dictamen aprobado por el Comité
              en: Exception to open tender without Committee approval
            recommendation:
              es: Solicite el acta del Comité; si no existe, anótelo en observaciones y escale el caso al OIC.

  - id: cierre_observaciones
    title:
      es: Observaciones
      en: Remarks
    questions:
      # 19
      - id: observaciones_observador
        type: text
        multiline: true
        max_length: 20000
        label:
          es: Observaciones del observador
          en: Observer''s remarks
        help:
          es: Hechos, no opiniones. Anote hora, persona y documento cuando los tenga.
      - id: respuesta_convocante
        type: text
        multiline: true
        max_length: 20000
        label:
          es: Respuesta de la convocante
          en: Convening unit''s response
        help:
          es: Lo que respondió la convocante a sus observaciones, por escrito o en el acta.
        evidence: document

rules:
  - id: rf_plazo_convocatoria_corto
    when: "tipo_procedimiento in [''licitacion_publica'', ''subasta_inversa'', ''dialogo_competitivo''] and days_between(fecha_publicacion_convocatoria, fecha_apertura_proposiciones) < plazo_minimo_dias"
    severity: media
    title:
      es: Plazo corto entre la publicación de la convocatoria y la apertura
      en: Short period between publication and bid opening
    description:
      es: >-
        Un plazo corto reduce el número de licitantes que pueden preparar una
        oferta. El plazo legal aplicable está por confirmar y puede reducirse
        con justificación.
    recommendation:
      es: Pregunte si hubo reducción de plazo autorizada y adjunte el documento que la justifique.
  - id: rf_precio_no_aceptable
    when: "percent_diff(monto_adjudicado, precio_referencia_mercado) > umbral_precio_no_aceptable_pct"
    severity: alta
    title:
      es: Monto adjudicado muy por encima de la investigación de mercado (precio no aceptable)
      en: Award well above market research (unacceptable price)
    recommendation:
      es: Adjunte la investigación de mercado y el fallo; pregunte cómo se justificó el precio.
  - id: rf_precio_no_conveniente
    when: "percent_diff(monto_adjudicado, precio_referencia_mercado) <= -umbral_precio_no_conveniente_pct"
    severity: alta
    title:
      es: Monto adjudicado muy por debajo de la investigación de mercado (precio no conveniente)
      en: Award far below market research (unreasonably low price)
    description:
      es: Un precio demasiado bajo puede anticipar incumplimiento, mala calidad o convenios posteriores para aumentarlo.
    recommendation:
      es: Adjunte la investigación de mercado y el fallo; dé seguimiento a posibles convenios modificatorios.
  - id: rf_monto_supera_estimado
    when: "monto_adjudicado > monto_estimado"
    severity: media
    title:
      es: El monto adjudicado supera el monto estimado
      en: Award exceeds the estimated amount
    recommendation:
      es: Pregunte si hubo ampliación de la suficiencia presupuestal y adjunte el oficio.
  - id: rf_todas_descalificadas_menos_ganadora
    when: "numero_proposiciones >= 2 and numero_descalificadas == numero_proposiciones - 1 and descalificacion_sospechosa != ''si''"
    severity: alta
    title:
      es: Se descalificó a todas las proposiciones menos a la ganadora
      en: Every bid but the winner''s was disqualified
    description:
      es: Se calcula con el número de proposiciones y de descalificadas; no se repite si ya marcó la pregunta de descalificación sospechosa.
    recommendation:
      es: Adjunte el dictamen y revise si los motivos de descalificación se aplicaron igual a la ganadora.
','2026-11-27T00:42:39.165Z');
INSERT INTO "checklists" VALUES('visita_obra_publica',1,'5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6','Visita de verificación de obra pública','# Lista de verificación 2 — Visita de verificación de obra pública.
#
# Contenido: /work/shared/domain/checklists.md, "Checklist 2".
# Severidad: alta = posible incumplimiento legal, escalar al OIC;
#            media = debilidad de control o de transparencia;
#            baja = buena práctica.
# Las señales de alerta son avisos para revisar, nunca prueba de una falta.
# Los umbrales viven en `constants:`; los marcados [verificar] o
# [umbral a definir] deben confirmarlos el OIC.

id: visita_obra_publica
version: 1
title:
  es: Visita de verificación de obra pública
  en: Public works site inspection
description:
  es: >-
    Guía para la visita a una obra pública: compare lo que ve en el sitio con
    el contrato, el catálogo de conceptos, la bitácora y las estimaciones
    pagadas. Tome fotografías con fecha y ubicación.
  en: >-
    Guide for a public works site visit: compare what you see with the
    contract, bill of quantities, site log and paid estimates.

constants:
  # Diferencia, en puntos porcentuales, entre el avance financiero pagado y el
  # avance físico observado a partir de la cual se levanta alerta alta.
  # [umbral a definir por el OIC]
  umbral_avance_pagado_pct: 15
  # Diferencia, en puntos porcentuales, entre el avance físico reportado por
  # la dependencia y el observado. [umbral a definir por el OIC]
  umbral_avance_reportado_pct: 15
  # Avance financiero pagado (%) que, sin acta de entrega-recepción, se
  # considera "obra pagada sin recibir".
  umbral_pago_sin_recepcion_pct: 100

header:
  - id: numero_contrato
    type: text
    required: true
    max_length: 200
    label:
      es: Número de contrato
      en: Contract number
  - id: nombre_obra
    type: text
    required: true
    multiline: true
    max_length: 2000
    label:
      es: Nombre u objeto de la obra
      en: Name or subject of the works
  - id: ubicacion
    type: text
    required: true
    max_length: 500
    label:
      es: Ubicación (calle, colonia o localidad)
      en: Location (street, neighborhood or locality)
  - id: latitud
    type: number
    min: -90
    max: 90
    label:
      es: Latitud (GPS)
      en: Latitude (GPS)
    help:
      es: En grados decimales, por ejemplo 28.6353. Se toma del teléfono o de las fotografías si tienen ubicación.
  - id: longitud
    type: number
    min: -180
    max: 180
    label:
      es: Longitud (GPS)
      en: Longitude (GPS)
    help:
      es: En grados decimales; en Chihuahua es negativa, por ejemplo -106.0889.
  - id: contratista
    type: text
    required: true
    max_length: 300
    label:
      es: Contratista
      en: Contractor
  - id: monto_contratado
    type: number
    min: 0
    unit: MXN
    label:
      es: Monto contratado
      en: Contract amount
    help:
      es: Monto del contrato original, en pesos con IVA.
  - id: fecha_inicio_contrato
    type: date
    label:
      es: Inicio del plazo de ejecución
      en: Start of execution period
  - id: fecha_fin_contrato
    type: date
    label:
      es: Fin del plazo de ejecución
      en: End of execution period
    help:
      es: La fecha de terminación del contrato original; si un convenio la amplió, anótelo en la sección de contrato y pagos.
  - id: residente_obra
    type: text
    max_length: 300
    label:
      es: Residente de obra
      en: Site engineer (residente)
    help:
      es: Servidor público que supervisa la obra por parte del municipio.
  - id: origen_recursos
    type: single_choice
    required: true
    label:
      es: Origen de los recursos
      en: Source of funds
    options:
      - id: municipal
        label: {es: "Municipal", en: "Municipal"}
      - id: estatal
        label: {es: "Estatal", en: "State"}
      - id: federal
        label: {es: "Federal", en: "Federal"}
  - id: fondo_programa
    type: text
    max_length: 300
    label:
      es: Fondo o programa
      en: Fund or program
    help:
      es: Por ejemplo, Ramo 33 (FISM-DF) o recursos propios.
  - id: fecha_visita
    type: date
    required: true
    label:
      es: Fecha de la visita
      en: Visit date

sections:
  - id: documentacion_obra
    title:
      es: Documentación en el sitio
      en: Documentation on site
    questions:
      # 1
      - id: expediente_disponible
        type: yes_no_na
        required: true
        label:
          es: ¿Está disponible el expediente unitario o el catálogo de conceptos?
          en: Is the works file or the bill of quantities available?
        help:
          es: Pídalo al residente de obra; el catálogo de conceptos es la lista de trabajos con cantidades y precios unitarios.
        evidence: document
        red_flags:
          - id: rf_sin_expediente
            when: "expediente_disponible == ''no''"
            severity: media
            title:
              es: No se mostró el expediente unitario ni el catálogo de conceptos
              en: Works file or bill of quantities not available
            recommendation:
              es: Solicítelo por escrito a la dependencia y anote la respuesta en observaciones.
      # 2
      - id: letrero_obra
        type: yes_no_na
        required: true
        label:
          es: ¿Hay letrero de obra con monto, contratista, plazo y fuente de los recursos?
          en: Is there a site sign with amount, contractor, period and source of funds?
        help:
          es: >-
            Fotografíe el letrero completo y legible. La obligación de colocarlo
            y los datos que debe llevar están por confirmar [verificar
            obligación].
        evidence: photo
        red_flags:
          - id: rf_sin_letrero
            when: "letrero_obra == ''no''"
            severity: media
            title:
              es: La obra no tiene letrero o le faltan datos
              en: No site sign or incomplete sign
            recommendation:
              es: Fotografíe el frente de la obra donde debería estar y anote qué datos faltan.
      # 3
      - id: bitacora_al_dia
        type: yes_no
        required: true
        label:
          es: ¿La bitácora de obra está abierta y al día?
          en: Is the site log open and up to date?
        help:
          es: >-
            La bitácora (convencional o electrónica) registra instrucciones,
            avances y cambios. Fotografíe la última nota o la pantalla de la
            bitácora electrónica.
        evidence: any
        evidence_required: "bitacora_al_dia == ''no''"
        red_flags:
          - id: rf_bitacora_no_al_dia
            when: "bitacora_al_dia == ''no''"
            severity: alta
            title:
              es: No hay bitácora o no está al día
              en: Site log missing or not up to date
            recommendation:
              es: Fotografíe la última nota, anote su fecha y pregunte al residente el motivo.
      - id: fecha_ultima_nota
        type: date
        label:
          es: Fecha de la última nota de bitácora
          en: Date of the last log entry
        evidence: any

  - id: avance_obra
    title:
      es: Avance de la obra
      en: Progress of the works
    questions:
      # 4
      - id: avance_fisico_observado
        type: number
        required: true
        min: 0
        max: 100
        unit: "%"
        label:
          es: Avance físico observado (%)
          en: Physical progress observed (%)
        help:
          es: Su estimación de lo construido frente a lo contratado. Respalde con fotografías de cada frente de trabajo.
        evidence: photo
      # 5
      - id: avance_fisico_reportado
        type: number
        min: 0
        max: 100
        unit: "%"
        label:
          es: Avance físico reportado por la dependencia (%)
          en: Physical progress reported by the agency (%)
        help:
          es: Según la última estimación, el informe del residente o el portal de transparencia.
        evidence: document
      - id: avance_financiero_pagado
        type: number
        min: 0
        max: 100
        unit: "%"
        label:
          es: Avance financiero pagado (%)
          en: Financial progress paid (%)
        help:
          es: >-
            Porcentaje del monto contratado ya pagado en estimaciones, sin
            contar el anticipo no amortizado.
        evidence: document
        evidence_required: "avance_financiero_pagado - avance_fisico_observado > umbral_avance_pagado_pct"
      # 9
      - id: estado_programa
        type: single_choice
        required: true
        label:
          es: Estado de la obra frente al programa de ejecución
          en: Status against the work schedule
        evidence: photo
        evidence_required: "estado_programa in [''suspendida'', ''abandonada'']"
        options:
          - id: en_tiempo
            label: {es: "En tiempo", en: "On schedule"}
          - id: atrasada
            label: {es: "Atrasada", en: "Delayed"}
          - id: suspendida
            label: {es: "Suspendida", en: "Suspended"}
          - id: abandonada
            label: {es: "Abandonada", en: "Abandoned"}
          - id: terminada
            label: {es: "Terminada", en: "Finished"}
        red_flags:
          - id: rf_obra_atrasada
            when: "estado_programa == ''atrasada''"
            severity: media
            title:
              es: Obra atrasada respecto al programa
              en: Works behind schedule
            recommendation:
              es: Pregunte al residente la causa del atraso y si se aplicaron penas convencionales.
          - id: rf_obra_suspendida_abandonada
            when: "estado_programa in [''suspendida'', ''abandonada'']"
            severity: alta
            title:
              es: Obra suspendida o abandonada
              en: Works suspended or abandoned
            recommendation:
              es: Fotografíe el sitio, pida el oficio de suspensión si existe y escale el caso al OIC.

  - id: calidad_obra
    title:
      es: Cantidades y calidad
      en: Quantities and quality
    questions:
      # 6
      - id: cantidades_coinciden
        type: yes_no
        required: true
        label:
          es: ¿Las cantidades que se pueden verificar coinciden con el catálogo de conceptos?
          en: Do verifiable quantities match the bill of quantities?
        help:
          es: >-
            Mida o cuente lo que se pueda ver: metros de pavimento, luminarias,
            piezas instaladas. Compare con lo estimado y pagado.
        evidence: photo
        evidence_required: "cantidades_coinciden == ''no''"
        red_flags:
          - id: rf_cantidades_no_coinciden
            when: "cantidades_coinciden == ''no''"
            severity: alta
            title:
              es: Las cantidades en obra no coinciden con el catálogo
              en: Quantities on site do not match the bill of quantities
            recommendation:
              es: Anote el concepto, la cantidad medida y la del catálogo; fotografíe con una referencia de medida.
      - id: cantidades_detalle
        type: text
        multiline: true
        max_length: 4000
        relevant: "cantidades_coinciden == ''no''"
        label:
          es: ¿Qué conceptos no coinciden y en cuánto?
          en: Which items do not match, and by how much?
      # 7
      - id: materiales_conformes
        type: yes_no
        required: true
        label:
          es: ¿Los materiales parecen conformes con lo especificado?
          en: Do materials appear to match the specifications?
        help:
          es: Compare tipo, espesor, calibre o marca con el catálogo o las especificaciones; las pruebas de laboratorio lo confirman.
        evidence: photo
        red_flags:
          - id: rf_materiales_no_conformes
            when: "materiales_conformes == ''no''"
            severity: media
            title:
              es: Materiales posiblemente distintos a los especificados
              en: Materials possibly different from specifications
            recommendation:
              es: Fotografíe el material y pida las pruebas de laboratorio del concepto.
      - id: defectos_visibles
        type: single_choice
        required: true
        label:
          es: ¿Hay defectos visibles?
          en: Are there visible defects?
        help:
          es: >-
            Graves: afectan la seguridad, la estructura o el uso (grietas
            estructurales, hundimientos, riesgo para personas). Menores:
            acabados, limpieza, detalles que se pueden corregir.
        evidence: photo
        evidence_required: "defectos_visibles == ''graves''"
        options:
          - id: ninguno
            label: {es: "Ninguno", en: "None"}
          - id: menores
            label: {es: "Menores", en: "Minor"}
          - id: graves
            label: {es: "Graves", en: "Serious"}
        red_flags:
          - id: rf_defectos_menores
            when: "defectos_visibles == ''menores''"
            severity: media
            title:
              es: Defectos menores visibles en la obra
              en: Minor visible defects
            recommendation:
              es: Fotografíe cada defecto y pida que se registre en bitácora para su corrección.
          - id: rf_defectos_graves
            when: "defectos_visibles == ''graves''"
            severity: alta
            title:
              es: Defectos graves visibles en la obra
              en: Serious visible defects
            recommendation:
              es: Fotografíe con referencia de escala, avise al residente y escale el caso al OIC.
      - id: calidad_detalle
        type: text
        multiline: true
        max_length: 4000
        relevant: "materiales_conformes == ''no'' or defectos_visibles in [''menores'', ''graves'']"
        label:
          es: Describa los materiales no conformes o los defectos observados
          en: Describe non-conforming materials or defects
      # 8
      - id: pruebas_laboratorio
        type: yes_no_na
        required: true
        label:
          es: ¿Hay pruebas de laboratorio o control de calidad documentados?
          en: Are laboratory tests or quality control documented?
        help:
          es: Por ejemplo, resistencia del concreto, compactación de terracerías. Marque NA si la obra no las requiere.
        evidence: document
        red_flags:
          - id: rf_sin_pruebas_laboratorio
            when: "pruebas_laboratorio == ''no''"
            severity: media
            title:
              es: No hay pruebas de laboratorio o control de calidad documentados
              en: No documented laboratory tests or quality control
            recommendation:
              es: Solicite los reportes de laboratorio al residente y anote la respuesta.

  - id: contrato_pagos
    title:
      es: Contrato y pagos
      en: Contract and payments
    questions:
      # 10
      - id: convenios_modificatorios
        type: yes_no
        required: true
        label:
          es: ¿Hay convenios modificatorios del contrato?
          en: Are there contract amendments?
        help:
          es: Convenios que cambian el monto, el plazo o los conceptos del contrato original.
        evidence: document
        evidence_required: "convenios_modificatorios == ''si''"
        red_flags:
          - id: rf_convenios_modificatorios
            when: "convenios_modificatorios == ''si''"
            severity: alta
            title:
              es: La obra tiene convenios modificatorios
              en: The contract was amended
            description:
              es: Los cambios después de la adjudicación son una señal de riesgo; revise que estén justificados y dictaminados.
            recommendation:
              es: Adjunte los convenios y el dictamen técnico que los justifica; anote el incremento de monto y plazo.
      - id: incremento_convenios_pct
        type: number
        required: true
        min: 0
        unit: "%"
        relevant: "convenios_modificatorios == ''si''"
        label:
          es: Incremento del monto por convenios (%)
          en: Amount increase from amendments (%)
        help:
          es: Suma de los convenios frente al monto original del contrato.
        evidence: document
      - id: justificacion_convenios
        type: text
        multiline: true
        max_length: 4000
        relevant: "convenios_modificatorios == ''si''"
        label:
          es: Justificación de los convenios
          en: Justification of the amendments
        help:
          es: Lo que dice el dictamen técnico o lo que explicó el residente.
      # 11
      - id: anticipo_amortizado
        type: yes_no_na
        required: true
        label:
          es: ¿El anticipo se está amortizando en las estimaciones?
          en: Is the advance payment being amortized in the estimates?
        help:
          es: Marque NA si no hubo anticipo.
        evidence: document
        red_flags:
          - id: rf_anticipo_no_amortizado
            when: "anticipo_amortizado == ''no''"
            severity: media
            title:
              es: El anticipo no se está amortizando
              en: Advance payment not amortized
            recommendation:
              es: Pida las estimaciones pagadas y anote cuánto anticipo queda por amortizar.

  - id: participacion_social
    title:
      es: Contraloría social y vecinos
      en: Social oversight and neighbors
    questions:
      # 12
      - id: comite_contraloria_social
        type: yes_no_na
        required: true
        label:
          es: ¿Está constituido un comité de contraloría social de la obra?
          en: Is there a social oversight committee for the works?
        evidence: document
        red_flags:
          - id: rf_sin_contraloria_social
            when: "comite_contraloria_social == ''no''"
            severity: baja
            title:
              es: La obra no tiene comité de contraloría social
              en: No social oversight committee
            recommendation:
              es: Recomiende a la dependencia promover su constitución con los beneficiarios.
      # 13
      - id: quejas_vecinos
        type: yes_no
        required: true
        label:
          es: ¿Hay quejas de vecinos o beneficiarios?
          en: Are there complaints from neighbors or beneficiaries?
        evidence: none
        red_flags:
          - id: rf_quejas_vecinos
            when: "quejas_vecinos == ''si''"
            severity: media
            title:
              es: Vecinos o beneficiarios presentaron quejas sobre la obra
              en: Complaints from neighbors or beneficiaries
            recommendation:
              es: Anote el motivo de las quejas sin datos personales de quien las hizo, salvo que lo autorice.
      - id: quejas_detalle
        type: text
        multiline: true
        max_length: 4000
        relevant: "quejas_vecinos == ''si''"
        label:
          es: ¿De qué se quejan?
          en: What are the complaints about?

  - id: entrega_obra
    title:
      es: Entrega y uso
      en: Handover and use
    questions:
      # 14
      - id: acta_entrega_recepcion
        type: yes_no_na
        required: true
        label:
          es: ¿Hay acta de entrega-recepción o minuta de pendientes?
          en: Is there a handover certificate or a punch list?
        help:
          es: Marque NA si la obra todavía está en proceso y no se ha pagado la última estimación.
        evidence: document
      # 15
      - id: obra_en_uso
        type: yes_no_na
        required: true
        relevant: "acta_entrega_recepcion == ''si'' or estado_programa == ''terminada''"
        label:
          es: ¿La obra está en uso después de entregada?
          en: Is the works in use after handover?
        help:
          es: Por ejemplo, el alumbrado enciende, el pozo da agua, el centro comunitario abre.
        evidence: photo
        evidence_required: "obra_en_uso == ''no''"
        red_flags:
          - id: rf_obra_sin_uso
            when: "obra_en_uso == ''no''"
            severity: alta
            title:
              es: La obra entregada no está en uso
              en: Delivered works not in use
            recommendation:
              es: Fotografíe el estado actual, pregunte a los vecinos desde cuándo no funciona y anótelo en observaciones.

  - id: cierre_visita
    title:
      es: Observaciones
      en: Remarks
    questions:
      - id: fotografias_generales
        type: evidence
        label:
          es: Fotografías generales de la obra
          en: General photos of the works
        help:
          es: Vistas del sitio desde varios ángulos, con fecha y ubicación.
        evidence: photo
      - id: observaciones_visita
        type: text
        multiline: true
        max_length: 20000
        label:
          es: Observaciones del observador
          en: Observer''s remarks
        help:
          es: Hechos, no opiniones. Anote con quién habló y qué documentos revisó.

rules:
  - id: rf_pagado_mayor_que_observado
    when: "avance_financiero_pagado - avance_fisico_observado > umbral_avance_pagado_pct"
    severity: alta
    title:
      es: Se ha pagado mucho más de lo que se observa construido
      en: Paid progress far exceeds observed physical progress
    description:
      es: >-
        El avance financiero pagado supera el avance físico observado por más
        del umbral definido por el OIC. Puede indicar pago de trabajos no
        ejecutados.
    recommendation:
      es: Adjunte las estimaciones pagadas y fotografías de los conceptos pagados que no encontró.
  - id: rf_reportado_mayor_que_observado
    when: "avance_fisico_reportado - avance_fisico_observado > umbral_avance_reportado_pct"
    severity: media
    title:
      es: El avance reportado es mayor que el observado
      en: Reported progress exceeds observed progress
    recommendation:
      es: Pregunte al residente qué conceptos considera terminados y fotografíelos.
  - id: rf_pagada_sin_recepcion
    when: "acta_entrega_recepcion == ''no'' and avance_financiero_pagado >= umbral_pago_sin_recepcion_pct"
    severity: alta
    title:
      es: Obra pagada sin acta de entrega-recepción
      en: Works paid without a handover certificate
    recommendation:
      es: Solicite el acta y el finiquito a la dependencia; si no existen, escale el caso al OIC.
  - id: rf_plazo_vencido_inconclusa
    when: "fecha_fin_contrato < fecha_visita and avance_fisico_observado < 100 and convenios_modificatorios != ''si''"
    severity: media
    title:
      es: Plazo del contrato vencido con la obra inconclusa
      en: Contract period expired with works unfinished
    description:
      es: No hay convenio modificatorio registrado que amplíe el plazo.
    recommendation:
      es: Pregunte si se aplicaron penas convencionales o si hay un convenio de ampliación de plazo.
','2026-11-27T00:42:39.230Z');
INSERT INTO "checklists" VALUES('transparencia_contratacion',1,'605fd23883e2b0c6d3ddaa61264c1d6cfd203f3088251c17e332c50d20c029dc','Revisión de transparencia de la contratación','# Lista de verificación 3 — Revisión de transparencia de la contratación.
#
# Contenido: /work/shared/domain/checklists.md, "Checklist 3".
# Revisión de gabinete: se hace desde la computadora, consultando el SIPOT
# (Plataforma Nacional de Transparencia) y el portal del municipio.
# Severidad: alta = posible incumplimiento legal, escalar al OIC;
#            media = debilidad de control o de transparencia;
#            baja = buena práctica.
# Evidencia: captura de pantalla con la dirección (URL) y la fecha de consulta.

id: transparencia_contratacion
version: 1
title:
  es: Revisión de transparencia de la contratación
  en: Procurement transparency review
description:
  es: >-
    Revisión de gabinete de lo que el municipio publica sobre una
    contratación: registro en el SIPOT, enlaces a los documentos del
    procedimiento, contrato, presupuesto, avance de obra y los criterios de
    CIMTRA. Guarde una captura con la URL de cada cosa que revise.
  en: >-
    Desk review of what the municipality publishes about a contract: SIPOT
    record, links to procedure documents, contract, budget, works progress
    and CIMTRA criteria.

constants:
  # Días naturales máximos entre el inicio del contrato y su publicación en el
  # SIPOT: el trimestre en que inicia (hasta 90 días) más 30 días para
  # actualizar. [verificar plazo en los lineamientos técnicos vigentes]
  dias_maximos_publicacion: 120

header:
  - id: numero_procedimiento
    type: text
    required: true
    max_length: 200
    label:
      es: Número del procedimiento
      en: Procedure number
  - id: numero_contrato
    type: text
    max_length: 200
    label:
      es: Número de contrato
      en: Contract number
  - id: unidad_convocante
    type: text
    max_length: 300
    label:
      es: Dependencia o unidad responsable
      en: Responsible agency
  - id: objeto_contratacion
    type: text
    multiline: true
    max_length: 2000
    label:
      es: Objeto de la contratación
      en: Subject of the contract
  - id: materia
    type: single_choice
    required: true
    label:
      es: Materia
      en: Kind of contract
    options:
      - id: adquisiciones
        label: {es: "Adquisición de bienes", en: "Goods"}
      - id: arrendamientos
        label: {es: "Arrendamiento", en: "Lease"}
      - id: servicios
        label: {es: "Servicios", en: "Services"}
      - id: obra_publica
        label: {es: "Obra pública", en: "Public works"}
      - id: servicios_relacionados_obra
        label: {es: "Servicios relacionados con la obra pública", en: "Works-related services"}
  - id: tipo_procedimiento
    type: single_choice
    required: true
    label:
      es: Tipo de procedimiento
      en: Procedure type
    options:
      - id: licitacion_publica
        label: {es: "Licitación pública", en: "Open tender"}
      - id: invitacion_tres
        label: {es: "Invitación a cuando menos tres personas", en: "Invitation to at least three bidders"}
      - id: adjudicacion_directa
        label: {es: "Adjudicación directa", en: "Direct award"}
      - id: subasta_inversa
        label: {es: "Subasta inversa", en: "Reverse auction"}
      - id: dialogo_competitivo
        label: {es: "Diálogo competitivo", en: "Competitive dialogue"}
      - id: adjudicacion_directa_negociacion
        label: {es: "Adjudicación directa con estrategia de negociación", en: "Direct award with negotiation strategy"}
  - id: proveedor
    type: text
    max_length: 300
    label:
      es: Proveedor o contratista
      en: Supplier or contractor
  - id: monto_contratado
    type: number
    min: 0
    unit: MXN
    label:
      es: Monto contratado
      en: Contract amount
  - id: fecha_inicio_contrato
    type: date
    label:
      es: Fecha de inicio del contrato
      en: Contract start date
  - id: ejercicio
    type: number
    integer: true
    min: 2000
    max: 2100
    label:
      es: Ejercicio fiscal
      en: Fiscal year
  - id: trimestre
    type: single_choice
    label:
      es: Trimestre que se revisa
      en: Quarter reviewed
    options:
      - id: t1
        label: {es: "Primero (enero a marzo)", en: "First (January to March)"}
      - id: t2
        label: {es: "Segundo (abril a junio)", en: "Second (April to June)"}
      - id: t3
        label: {es: "Tercero (julio a septiembre)", en: "Third (July to September)"}
      - id: t4
        label: {es: "Cuarto (octubre a diciembre)", en: "Fourth (October to December)"}
  - id: fecha_revision
    type: date
    required: true
    label:
      es: Fecha de la revisión
      en: Review date
  - id: url_portal
    type: text
    format: url
    max_length: 2000
    label:
      es: Dirección (URL) del portal consultado
      en: URL of the portal consulted

sections:
  - id: registro_sipot
    title:
      es: Registro en el SIPOT
      en: SIPOT record
    questions:
      - id: contrato_en_sipot
        type: yes_no_na
        required: true
        label:
          es: ¿La contratación aparece en el SIPOT en el formato del trimestre correspondiente?
          en: Does the contract appear in SIPOT in the format for its quarter?
        help:
          es: >-
            Formato de resultados de procedimientos de adjudicación directa,
            invitación restringida y licitación (artículo 70, fracción XXVIII
            de la Ley General de Transparencia; confirme la fracción vigente
            tras la reforma de 2025). Busque por número de procedimiento o por
            proveedor.
        evidence: document
        red_flags:
          - id: rf_no_en_sipot
            when: "contrato_en_sipot == ''no''"
            severity: media
            title:
              es: La contratación no aparece en el SIPOT
              en: Contract not found in SIPOT
            recommendation:
              es: Adjunte la captura de la búsqueda sin resultados; considere presentar una denuncia por incumplimiento de obligaciones de transparencia.
      - id: url_registro_sipot
        type: text
        format: url
        max_length: 2000
        relevant: "contrato_en_sipot == ''si''"
        label:
          es: Dirección (URL) del registro
          en: URL of the record
      - id: fecha_publicacion_sipot
        type: date
        relevant: "contrato_en_sipot == ''si''"
        label:
          es: Fecha de publicación o de actualización del registro
          en: Publication or update date of the record
        help:
          es: >-
            Campo «fecha de actualización» del formato. La aplicación la compara
            con el inicio del contrato; el plazo de referencia (trimestre más
            30 días) está por confirmar [verificar].
        evidence: document

  - id: documentos_procedimiento
    title:
      es: Documentos del procedimiento
      en: Procedure documents
    questions:
      - id: enlace_convocatoria
        type: yes_no_na
        required: true
        relevant: "tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        label:
          es: ¿Funciona el enlace a la convocatoria o invitación?
          en: Does the link to the call or invitation work?
        help:
          es: Ábralo; si da error, lleva a otra página o a un documento distinto, conteste «no».
        evidence: document
        red_flags:
          - id: rf_enlace_convocatoria
            when: "enlace_convocatoria == ''no''"
            severity: media
            title:
              es: El enlace a la convocatoria no funciona o falta
              en: Link to the call missing or broken
            recommendation:
              es: Guarde la captura del error con la URL y la fecha.
      - id: enlace_fallo
        type: yes_no_na
        required: true
        label:
          es: ¿Funciona el enlace al fallo o a la resolución de adjudicación?
          en: Does the link to the award decision work?
        evidence: document
        red_flags:
          - id: rf_enlace_fallo
            when: "enlace_fallo == ''no''"
            severity: media
            title:
              es: El enlace al fallo no funciona o falta
              en: Link to the award missing or broken
            recommendation:
              es: Guarde la captura del error con la URL y la fecha.
      - id: enlace_dictamen
        type: yes_no_na
        required: true
        label:
          es: ¿Funciona el enlace al dictamen de evaluación?
          en: Does the link to the evaluation report work?
        evidence: document
        red_flags:
          - id: rf_enlace_dictamen
            when: "enlace_dictamen == ''no''"
            severity: media
            title:
              es: El enlace al dictamen de evaluación no funciona o falta
              en: Link to the evaluation report missing or broken
            recommendation:
              es: Guarde la captura del error con la URL y la fecha.
      - id: lista_asistentes_publicada
        type: yes_no_na
        required: true
        relevant: "tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        label:
          es: ¿Se publicó la relación de asistentes (licitantes y servidores públicos) a los actos del procedimiento?
          en: Was the list of attendees at procedure events published?
        evidence: document
        red_flags:
          - id: rf_sin_lista_asistentes
            when: "lista_asistentes_publicada == ''no''"
            severity: media
            title:
              es: No se publicó la relación de asistentes
              en: List of attendees not published
            recommendation:
              es: Anótelo en observaciones con la URL revisada.
      - id: motivos_seleccion_publicados
        type: yes_no_na
        required: true
        label:
          es: ¿Se publicaron las razones que justifican la elección del proveedor?
          en: Were the reasons for choosing the supplier published?
        help:
          es: En adjudicación directa es el fundamento y la motivación de la excepción a la licitación.
        evidence: document
        evidence_required: "motivos_seleccion_publicados == ''no'' and tipo_procedimiento in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        red_flags:
          - id: rf_ad_sin_motivos
            when: "motivos_seleccion_publicados == ''no'' and tipo_procedimiento in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
            severity: alta
            title:
              es: Adjudicación directa sin razones publicadas para elegir al proveedor
              en: Direct award without published reasons for the choice
            recommendation:
              es: Adjunte la captura del registro y solicite el dictamen de excepción mediante una solicitud de acceso a la información.
          - id: rf_sin_motivos
            when: "motivos_seleccion_publicados == ''no'' and tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
            severity: media
            title:
              es: No se publicaron las razones para elegir al proveedor
              en: Reasons for the choice not published
            recommendation:
              es: Anótelo en observaciones con la URL revisada.
      - id: version_publica_contrato
        type: yes_no_na
        required: true
        label:
          es: ¿Se publicó la versión pública del contrato?
          en: Was the public version of the contract published?
        help:
          es: Versión pública es el contrato completo con solo los datos personales testados, no un resumen.
        evidence: document
        evidence_required: "version_publica_contrato == ''no''"
        red_flags:
          - id: rf_sin_version_publica_contrato
            when: "version_publica_contrato == ''no''"
            severity: alta
            title:
              es: No se publicó la versión pública del contrato
              en: Public version of the contract not published
            recommendation:
              es: Adjunte la captura del registro y solicite el contrato mediante una solicitud de acceso a la información.
      - id: partida_origen_publicados
        type: yes_no_na
        required: true
        label:
          es: ¿Se publicaron la partida presupuestal y el origen de los recursos?
          en: Were the budget line and the source of funds published?
        evidence: document
        red_flags:
          - id: rf_sin_partida_origen
            when: "partida_origen_publicados == ''no''"
            severity: media
            title:
              es: No se publicaron la partida presupuestal o el origen de los recursos
              en: Budget line or source of funds not published
            recommendation:
              es: Anótelo en observaciones con la URL revisada.

  - id: transparencia_obra
    title:
      es: Obra pública
      en: Public works
    relevant: "materia in [''obra_publica'', ''servicios_relacionados_obra'']"
    questions:
      - id: avance_obra_publicado
        type: yes_no_na
        required: true
        label:
          es: ¿Se publica el avance físico y financiero de la obra?
          en: Is the physical and financial progress published?
        evidence: document
        red_flags:
          - id: rf_sin_avance_publicado
            when: "avance_obra_publicado == ''no''"
            severity: media
            title:
              es: No se publica el avance físico y financiero de la obra
              en: Works progress not published
            recommendation:
              es: Anótelo en observaciones; si puede, programe una visita de verificación de la obra.
      - id: recepcion_obra_publicada
        type: yes_no_na
        required: true
        label:
          es: ¿Se publicó el acta de entrega-recepción de la obra?
          en: Was the handover certificate published?
        help:
          es: NA si la obra todavía no termina.
        evidence: document
        red_flags:
          - id: rf_sin_recepcion_publicada
            when: "recepcion_obra_publicada == ''no''"
            severity: media
            title:
              es: No se publicó el acta de entrega-recepción
              en: Handover certificate not published
            recommendation:
              es: Anótelo en observaciones con la URL revisada.
      - id: finiquito_publicado
        type: yes_no_na
        required: true
        label:
          es: ¿Se publicó el finiquito de la obra?
          en: Was the final settlement published?
        help:
          es: NA si la obra todavía no termina.
        evidence: document
        red_flags:
          - id: rf_sin_finiquito_publicado
            when: "finiquito_publicado == ''no''"
            severity: media
            title:
              es: No se publicó el finiquito de la obra
              en: Final settlement not published
            recommendation:
              es: Anótelo en observaciones con la URL revisada.

  - id: vigilancia
    title:
      es: Mecanismos de vigilancia
      en: Oversight mechanisms
    questions:
      - id: mecanismos_vigilancia
        type: multiple_choice
        label:
          es: ¿Qué mecanismos de vigilancia se declaran para esta contratación?
          en: Which oversight mechanisms are declared for this contract?
        help:
          es: Marque todos los que aparezcan en el registro o en los documentos publicados.
        evidence: document
        options:
          - id: testigo_social
            label: {es: "Testigo social", en: "Social witness"}
          - id: contraloria_social
            label: {es: "Contraloría social", en: "Social oversight committee"}
          - id: oic
            label: {es: "Órgano Interno de Control", en: "Internal Control Body"}
          - id: auditoria_externa
            label: {es: "Auditoría externa", en: "External audit"}
          - id: ninguno
            label: {es: "Ninguno declarado", en: "None declared"}
        red_flags:
          - id: rf_sin_vigilancia
            when: "contains(mecanismos_vigilancia, ''ninguno'')"
            severity: baja
            title:
              es: No se declara ningún mecanismo de vigilancia
              en: No oversight mechanism declared
            recommendation:
              es: Recomiende a la dependencia informar qué instancia vigila la contratación.

  - id: criterios_cimtra
    title:
      es: Criterios CIMTRA
      en: CIMTRA criteria
    description:
      es: >-
        CIMTRA califica si la información está publicada de forma abierta,
        accesible y electrónica, actualizada al trimestre anterior.
    questions:
      - id: padron_proveedores_publicado
        type: yes_no_na
        required: true
        label:
          es: ¿Se publica la lista de proveedores con montos y facturas, actualizada al trimestre anterior?
          en: Is the supplier list with amounts and invoices published, updated to the previous quarter?
        evidence: document
        red_flags:
          - id: rf_sin_padron_proveedores
            when: "padron_proveedores_publicado == ''no''"
            severity: media
            title:
              es: La lista de proveedores con montos y facturas no está publicada o no está al día
              en: Supplier list with amounts and invoices missing or outdated
            recommendation:
              es: Anote el último periodo publicado y la URL revisada.
      - id: listado_obras_publicado
        type: yes_no_na
        required: true
        label:
          es: ¿Se publica el listado de obras (COPLADEMUN / Ramo 33)?
          en: Is the list of public works (COPLADEMUN / Ramo 33) published?
        help:
          es: Obras aprobadas por el Comité de Planeación para el Desarrollo Municipal y las financiadas con el Ramo 33.
        evidence: document
        red_flags:
          - id: rf_sin_listado_obras
            when: "listado_obras_publicado == ''no''"
            severity: media
            title:
              es: No se publica el listado de obras
              en: List of public works not published
            recommendation:
              es: Anote el último periodo publicado y la URL revisada.
      - id: formato_datos
        type: single_choice
        required: true
        label:
          es: Formato en que se publican los datos
          en: Format of the published data
        help:
          es: Abierto es un formato que se puede procesar (CSV, XLSX, JSON); un PDF escaneado no lo es.
        evidence: document
        options:
          - id: abierto
            label: {es: "Datos abiertos (CSV, XLSX, JSON)", en: "Open data (CSV, XLSX, JSON)"}
          - id: pdf
            label: {es: "Solo PDF o imagen", en: "PDF or image only"}
          - id: ninguno
            label: {es: "No se publican", en: "Not published"}
        red_flags:
          - id: rf_formato_pdf
            when: "formato_datos == ''pdf''"
            severity: baja
            title:
              es: Los datos solo se publican en PDF o imagen
              en: Data published only as PDF or image
            recommendation:
              es: Recomiende publicar también en formato abierto (CSV o XLSX).
          - id: rf_datos_no_publicados
            when: "formato_datos == ''ninguno''"
            severity: media
            title:
              es: Los datos no se publican en ningún formato
              en: Data not published in any format
            recommendation:
              es: Anótelo en observaciones con la URL revisada.

  - id: cierre_revision
    title:
      es: Observaciones
      en: Remarks
    questions:
      - id: observaciones_revision
        type: text
        multiline: true
        max_length: 20000
        label:
          es: Observaciones del observador
          en: Observer''s remarks
        help:
          es: Anote qué portales consultó, la fecha y cualquier diferencia entre fuentes.

rules:
  - id: rf_publicacion_tardia
    when: "days_between(fecha_inicio_contrato, fecha_publicacion_sipot) > dias_maximos_publicacion"
    severity: media
    title:
      es: La contratación se publicó tarde respecto al inicio del contrato
      en: Contract published late relative to its start
    description:
      es: El plazo de referencia está por confirmar en los lineamientos técnicos vigentes.
    recommendation:
      es: Anote ambas fechas y adjunte la captura del registro con su fecha de actualización.
','2026-11-27T00:42:39.272Z');
INSERT INTO "checklists" VALUES('seguimiento_gobierno_abierto',1,'9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29','Seguimiento de compromiso de gobierno abierto','# Lista de verificación 4 — Seguimiento de compromiso de gobierno abierto.
#
# Contenido: /work/shared/domain/checklists.md, "Checklist 4".
# Un compromiso de un plan de acción local de la Alianza para el Gobierno
# Abierto (OGP), con sus hitos como sección repetible.
# Severidad: alta = posible incumplimiento legal, escalar al OIC;
#            media = debilidad de control o de transparencia;
#            baja = buena práctica.

id: seguimiento_gobierno_abierto
version: 1
title:
  es: Seguimiento de compromiso de gobierno abierto
  en: Open government commitment follow-up
description:
  es: >-
    Verifique el avance de un compromiso del plan de acción local de gobierno
    abierto: registre cada hito, compare el avance que reporta el gobierno con
    el que usted pudo comprobar y guarde la evidencia pública.
  en: >-
    Check the progress of a commitment of the local open government action
    plan: record each milestone and compare reported and verified progress.

constants:
  # Diferencia máxima, en puntos porcentuales, entre el avance reportado por
  # el gobierno y el verificado por el observador. [umbral a definir por el OIC]
  umbral_diferencia_avance_pct: 15

header:
  - id: numero_compromiso
    type: text
    required: true
    max_length: 50
    label:
      es: Número del compromiso
      en: Commitment number
    help:
      es: Como aparece en el plan de acción (por ejemplo, 1 o C-01).
  - id: nombre_compromiso
    type: text
    required: true
    max_length: 500
    label:
      es: Nombre del compromiso
      en: Commitment name
  - id: plan_accion
    type: text
    max_length: 300
    label:
      es: Plan de acción
      en: Action plan
    help:
      es: Por ejemplo, «Primer Plan de Acción Local de Gobierno Abierto de Chihuahua».
  - id: institucion_responsable
    type: text
    required: true
    max_length: 300
    label:
      es: Institución responsable
      en: Lead institution
  - id: fecha_inicio
    type: date
    label:
      es: Fecha de inicio del compromiso
      en: Commitment start date
  - id: fecha_fin
    type: date
    label:
      es: Fecha de término del compromiso
      en: Commitment end date
    help:
      es: Se usa para marcar los hitos vencidos que no están completos, cuando el hito no tiene fecha propia.
  - id: problema_publico
    type: text
    multiline: true
    max_length: 4000
    label:
      es: Problema público que atiende
      en: Public problem addressed
  - id: valores_ogp
    type: multiple_choice
    label:
      es: Valores de gobierno abierto del compromiso
      en: Open government values
    help:
      es: Los que declara el plan de acción para este compromiso.
    options:
      - id: acceso_informacion
        label: {es: "Acceso a la información", en: "Access to information"}
      - id: participacion_ciudadana
        label: {es: "Participación ciudadana", en: "Civic participation"}
      - id: rendicion_cuentas
        label: {es: "Rendición de cuentas", en: "Public accountability"}
      - id: tecnologia_innovacion
        label: {es: "Tecnología e innovación para la apertura y la rendición de cuentas", en: "Technology and innovation for openness and accountability"}

sections:
  - id: hitos
    title:
      es: Hitos del compromiso
      en: Commitment milestones
    description:
      es: Agregue un hito por cada actividad con entregable que enumera el plan de acción.
    repeat:
      min: 1
      max: 30
      item_label: {es: "Hito", en: "Milestone"}
    questions:
      - id: descripcion
        type: text
        required: true
        multiline: true
        max_length: 2000
        label:
          es: Descripción del hito
          en: Milestone description
      - id: fecha_fin_hito
        type: date
        label:
          es: Fecha de término del hito
          en: Milestone end date
        help:
          es: Si el plan no le da fecha propia al hito, déjela en blanco y se usará la fecha de término del compromiso.
      - id: entregable_verificable
        type: yes_no
        required: true
        label:
          es: ¿El hito tiene un entregable verificable?
          en: Does the milestone have a verifiable deliverable?
        help:
          es: Un producto que cualquiera pueda consultar (un documento, una base de datos, un sitio web), no solo una actividad.
        red_flags:
          - id: rf_hito_no_verificable
            when: "entregable_verificable == ''no''"
            severity: baja
            title:
              es: El hito no tiene un entregable verificable
              en: Milestone without a verifiable deliverable
            recommendation:
              es: Recomiende al grupo coordinador definir un entregable concreto para el hito.
      - id: estatus
        type: single_choice
        required: true
        label:
          es: Nivel de cumplimiento
          en: Completion level
        help:
          es: >-
            Según lo que usted pudo comprobar: no iniciado; limitado (avance
            menor); sustancial (la mayor parte hecha); completo.
        options:
          - id: no_iniciado
            label: {es: "No iniciado", en: "Not started"}
          - id: limitado
            label: {es: "Limitado", en: "Limited"}
          - id: sustancial
            label: {es: "Sustancial", en: "Substantial"}
          - id: completo
            label: {es: "Completo", en: "Complete"}
        red_flags:
          - id: rf_hito_vencido
            when: "answered(estatus) and estatus != ''completo'' and ((answered(fecha_fin_hito) and fecha_fin_hito < today()) or (not answered(fecha_fin_hito) and fecha_fin < today()))"
            severity: media
            title:
              es: Hito vencido y no completo
              en: Milestone overdue and not complete
            recommendation:
              es: Pregunte a la institución responsable la causa del retraso y la nueva fecha comprometida.
      - id: porcentaje_reportado
        type: number
        min: 0
        max: 100
        unit: "%"
        label:
          es: Avance reportado por el gobierno (%)
          en: Progress reported by the government (%)
        help:
          es: Según el informe de avance, el tablero de seguimiento o la respuesta de la institución.
        evidence: document
      - id: porcentaje_verificado
        type: number
        required: true
        min: 0
        max: 100
        unit: "%"
        label:
          es: Avance verificado por el observador (%)
          en: Progress verified by the observer (%)
        help:
          es: Solo lo que usted pudo comprobar con evidencia pública o en persona.
        red_flags:
          - id: rf_diferencia_avance
            when: "abs(porcentaje_reportado - porcentaje_verificado) > umbral_diferencia_avance_pct"
            severity: media
            title:
              es: El avance reportado no coincide con el verificado
              en: Reported progress differs from verified progress
            recommendation:
              es: Anote en qué se basa cada cifra y adjunte la evidencia que consultó.
      - id: url_evidencia
        type: text
        format: url
        max_length: 2000
        label:
          es: Dirección (URL) de la evidencia pública
          en: URL of the public evidence
        evidence: document

  - id: seguimiento_compromiso
    title:
      es: Seguimiento del compromiso
      en: Commitment follow-up
    questions:
      - id: grupo_coordinador_participo
        type: yes_no_na
        required: true
        label:
          es: ¿El grupo coordinador (secretariado técnico) participó en el seguimiento?
          en: Did the steering group take part in the follow-up?
        help:
          es: Busque las minutas de sus sesiones con fecha, asistentes y acuerdos sobre el compromiso.
        evidence: document
        red_flags:
          - id: rf_sin_participacion_grupo
            when: "grupo_coordinador_participo == ''no''"
            severity: media
            title:
              es: No hay constancia de que el grupo coordinador haya dado seguimiento
              en: No record of steering group follow-up
            recommendation:
              es: Solicite las minutas del grupo coordinador y anote la respuesta.
      - id: informe_avance_publicado
        type: yes_no_na
        required: true
        label:
          es: ¿Se publicó el informe anual de avance?
          en: Was the annual progress report published?
        evidence: document
        red_flags:
          - id: rf_sin_informe_avance
            when: "informe_avance_publicado == ''no''"
            severity: media
            title:
              es: No se publicó el informe anual de avance
              en: Annual progress report not published
            recommendation:
              es: Anote dónde lo buscó y pídalo a la institución responsable.
      - id: presupuesto_identificado
        type: yes_no_na
        required: true
        label:
          es: ¿El compromiso tiene presupuesto identificado?
          en: Does the commitment have an identified budget?
        help:
          es: Partida, programa o monto asignado para cumplir los hitos.
        evidence: document
        red_flags:
          - id: rf_sin_presupuesto
            when: "presupuesto_identificado == ''no''"
            severity: media
            title:
              es: El compromiso no tiene presupuesto identificado
              en: No budget identified for the commitment
            recommendation:
              es: Pregunte a la institución responsable con qué recursos se cumplirán los hitos.
      - id: resultado_observado
        type: text
        multiline: true
        max_length: 20000
        label:
          es: Resultado observado
          en: Observed result
        help:
          es: ¿El compromiso está resolviendo el problema público? Describa lo que constató.
      - id: recomendacion
        type: text
        multiline: true
        max_length: 20000
        label:
          es: Recomendación
          en: Recommendation
','2026-11-27T00:42:39.322Z');
CREATE TABLE custody_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    n INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (audit_id, n)
);
INSERT INTO "custody_log" VALUES(1,'f91c7414-99d9-4754-b0cf-acd500623b6c',1,'2026-11-27T00:42:39.166Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9","form_version":1,"header":{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}}','0000000000000000000000000000000000000000000000000000000000000000','1b2857e15211613ac32626aaebcc18ec29d74e7d353a18cacb6e892e7720ccf1');
INSERT INTO "custody_log" VALUES(2,'f91c7414-99d9-4754-b0cf-acd500623b6c',2,'2026-11-27T00:42:39.212Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convocatoria_publicada","value":"si"}','1b2857e15211613ac32626aaebcc18ec29d74e7d353a18cacb6e892e7720ccf1','89c7734c9a4eed4ce56ea92d910fd9c50ef827809bd18806c609b876650acb82');
INSERT INTO "custody_log" VALUES(3,'f91c7414-99d9-4754-b0cf-acd500623b6c',3,'2026-11-27T00:42:39.213Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_convocatoria","value":"2026-10-02"}','89c7734c9a4eed4ce56ea92d910fd9c50ef827809bd18806c609b876650acb82','68bf9d16d5e5f25a0fae1c018f47be1f2da07bd6b5e1b6a175ab8c1328dfd63c');
INSERT INTO "custody_log" VALUES(4,'f91c7414-99d9-4754-b0cf-acd500623b6c',4,'2026-11-27T00:42:39.214Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_apertura_proposiciones","value":"2026-10-14"}','68bf9d16d5e5f25a0fae1c018f47be1f2da07bd6b5e1b6a175ab8c1328dfd63c','e1fbf35bd50a3063aa5b7a1cbf4a69711eff54ee50c687c1b6649f39677dc55a');
INSERT INTO "custody_log" VALUES(5,'f91c7414-99d9-4754-b0cf-acd500623b6c',5,'2026-11-27T00:42:39.214Z','DEMO-001','finding.raised','{"finding":"a0875ab8-2d26-4f33-a6cc-388a81b43140","item":null,"rule":"rf_plazo_convocatoria_corto","severity":"media"}','e1fbf35bd50a3063aa5b7a1cbf4a69711eff54ee50c687c1b6649f39677dc55a','29fc032ea497b1677122054ea583441c8be191b4784d4a8ffd1df31a8a9c67fe');
INSERT INTO "custody_log" VALUES(6,'f91c7414-99d9-4754-b0cf-acd500623b6c',6,'2026-11-27T00:42:39.215Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"no"}','29fc032ea497b1677122054ea583441c8be191b4784d4a8ffd1df31a8a9c67fe','d893ca699a82ff7435012a2e70e0f19a29f9d26d46721de0261769af2d8e1211');
INSERT INTO "custody_log" VALUES(7,'f91c7414-99d9-4754-b0cf-acd500623b6c',7,'2026-11-27T00:42:39.216Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','d893ca699a82ff7435012a2e70e0f19a29f9d26d46721de0261769af2d8e1211','b439dc0f980d62561da211602ed47986020c31f61d8e197e86f2deda91082d80');
INSERT INTO "custody_log" VALUES(8,'f91c7414-99d9-4754-b0cf-acd500623b6c',8,'2026-11-27T00:42:39.217Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_junta_publicada","value":"si"}','b439dc0f980d62561da211602ed47986020c31f61d8e197e86f2deda91082d80','74f48b68a5283facb05119724d0375833f712a601f507bad119dcacb6140d725');
INSERT INTO "custody_log" VALUES(9,'f91c7414-99d9-4754-b0cf-acd500623b6c',9,'2026-11-27T00:42:39.218Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"asistentes_junta","value":3}','74f48b68a5283facb05119724d0375833f712a601f507bad119dcacb6140d725','78a4d1fe80e06939b7432f8ed378dbfc1d42e3e3b6462ec1c04061ce5efdbb66');
INSERT INTO "custody_log" VALUES(10,'f91c7414-99d9-4754-b0cf-acd500623b6c',10,'2026-11-27T00:42:39.219Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cambios_requisitos_fondo","value":"no"}','78a4d1fe80e06939b7432f8ed378dbfc1d42e3e3b6462ec1c04061ce5efdbb66','6beff5d9bcee2cd83a2869dede48fe4532cb2d09a74caec5c84e7d2a8e948390');
INSERT INTO "custody_log" VALUES(11,'f91c7414-99d9-4754-b0cf-acd500623b6c',11,'2026-11-27T00:42:39.220Z','DEMO-001','answer.set','{"item":null,"note":"Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.","previous":null,"question":"numero_proposiciones","value":2}','6beff5d9bcee2cd83a2869dede48fe4532cb2d09a74caec5c84e7d2a8e948390','dc278653a530ecca0a434a1fe4418764e7b7c52cede9122483e8e1716157fafe');
INSERT INTO "custody_log" VALUES(12,'f91c7414-99d9-4754-b0cf-acd500623b6c',12,'2026-11-27T00:42:39.220Z','DEMO-001','finding.raised','{"finding":"6fcfd91a-f744-44c4-b1f5-53f727677449","item":null,"rule":"rf_pocas_proposiciones","severity":"media"}','dc278653a530ecca0a434a1fe4418764e7b7c52cede9122483e8e1716157fafe','45c3031207576ae308ebf836fac77633eb63fbbf46dada092cac743b3223847f');
INSERT INTO "custody_log" VALUES(13,'f91c7414-99d9-4754-b0cf-acd500623b6c',13,'2026-11-27T00:42:39.221Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"apertura_publica","value":"si"}','45c3031207576ae308ebf836fac77633eb63fbbf46dada092cac743b3223847f','5b425c45a15303d94df5593d74019e9a7de5961c7bded0988e555de0ba859a45');
INSERT INTO "custody_log" VALUES(14,'f91c7414-99d9-4754-b0cf-acd500623b6c',14,'2026-11-27T00:42:39.222Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"propuesta_extemporanea","value":"no"}','5b425c45a15303d94df5593d74019e9a7de5961c7bded0988e555de0ba859a45','4ec66f2bac80347a81d00b0e7da558c04a05e7994e840526e20309c4e00b866f');
INSERT INTO "custody_log" VALUES(15,'f91c7414-99d9-4754-b0cf-acd500623b6c',15,'2026-11-27T00:42:39.223Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"indicios_colusion","value":"no"}','4ec66f2bac80347a81d00b0e7da558c04a05e7994e840526e20309c4e00b866f','08da7f71f5f153746a2fe8cf088d54ca0ece383f1fabec51d4d8998a0ce42aa3');
INSERT INTO "custody_log" VALUES(16,'818f6e78-0ac1-4f97-87c8-a61be232f9ab',1,'2026-11-27T00:42:39.224Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9","form_version":1,"header":{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}}','0000000000000000000000000000000000000000000000000000000000000000','595a74c3ef74352dfa9afecefb6452d3537f9c9bbbb7ff5133692ab02632423f');
INSERT INTO "custody_log" VALUES(17,'818f6e78-0ac1-4f97-87c8-a61be232f9ab',2,'2026-11-27T00:42:39.225Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"si"}','595a74c3ef74352dfa9afecefb6452d3537f9c9bbbb7ff5133692ab02632423f','4a055eaaf68986db3991986bb908e47414751b4d1521ee1a0156eaf45484117a');
INSERT INTO "custody_log" VALUES(18,'818f6e78-0ac1-4f97-87c8-a61be232f9ab',3,'2026-11-27T00:42:39.225Z','DEMO-001','finding.raised','{"finding":"20f366ca-0edb-4cd7-a14f-02fa4135b3ae","item":null,"rule":"rf_especificaciones_dirigidas","severity":"media"}','4a055eaaf68986db3991986bb908e47414751b4d1521ee1a0156eaf45484117a','e96ef4ab28b967945c190b527bb5057e6f9b9e304da52c2377e71306722aaadd');
INSERT INTO "custody_log" VALUES(19,'818f6e78-0ac1-4f97-87c8-a61be232f9ab',4,'2026-11-27T00:42:39.226Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_detalle","value":"Se exige una marca específica de luminaria LED sin admitir equivalentes."}','e96ef4ab28b967945c190b527bb5057e6f9b9e304da52c2377e71306722aaadd','0d5e2aaf3b09d74c232bc1738a914edaf42fb903347e268b7852b1efdbb64f64');
INSERT INTO "custody_log" VALUES(20,'818f6e78-0ac1-4f97-87c8-a61be232f9ab',5,'2026-11-27T00:42:39.227Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','0d5e2aaf3b09d74c232bc1738a914edaf42fb903347e268b7852b1efdbb64f64','70252ccc9b7e83fe7b40f17863382b5267c2daf5bec2e41439ec0ffed0276e02');
INSERT INTO "custody_log" VALUES(21,'818f6e78-0ac1-4f97-87c8-a61be232f9ab',6,'2026-11-27T00:42:39.227Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"supuesto_excepcion","value":"monto_dentro_de_limites"}','70252ccc9b7e83fe7b40f17863382b5267c2daf5bec2e41439ec0ffed0276e02','371073db03eb2653bee3addaec4a996ce5fe31f9650d461bce3586d4d703a7ca');
INSERT INTO "custody_log" VALUES(22,'818f6e78-0ac1-4f97-87c8-a61be232f9ab',7,'2026-11-27T00:42:39.228Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"dictamen_comite","value":"si"}','371073db03eb2653bee3addaec4a996ce5fe31f9650d461bce3586d4d703a7ca','e0abc036376be40a33e4d982f2065f6974250b586e6796e0e9959b2ee617e0b3');
INSERT INTO "custody_log" VALUES(23,'818f6e78-0ac1-4f97-87c8-a61be232f9ab',8,'2026-11-27T00:42:39.229Z','DEMO-001','finding.added','{"finding":"14e81f69-b379-4dbc-87ae-d6c434615c44","item":null,"question":null,"severity":"media","title":"La cotización ganadora llegó un día después del plazo de invitación"}','e0abc036376be40a33e4d982f2065f6974250b586e6796e0e9959b2ee617e0b3','7545419a90c4061a8b7ba110fa1040607b2bc8524ca01b98016cfeada6a26c11');
INSERT INTO "custody_log" VALUES(24,'dd7dbd76-2137-4dc6-ba9c-986c6cda18a4',1,'2026-11-27T00:42:39.230Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6","form_version":1,"header":{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}}','0000000000000000000000000000000000000000000000000000000000000000','4f4b57238b9e5c818408a85cd727ad2b225377c21addbcd9e29696d92697cb78');
INSERT INTO "custody_log" VALUES(25,'dd7dbd76-2137-4dc6-ba9c-986c6cda18a4',2,'2026-11-27T00:42:39.265Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','4f4b57238b9e5c818408a85cd727ad2b225377c21addbcd9e29696d92697cb78','509a7e3641d4e045857e21dff946f62b22e9c500ab8eb877a6b3374a316e4488');
INSERT INTO "custody_log" VALUES(26,'dd7dbd76-2137-4dc6-ba9c-986c6cda18a4',3,'2026-11-27T00:42:39.266Z','DEMO-001','answer.set','{"item":null,"note":"No se encontró letrero en ninguno de los dos frentes de trabajo.","previous":null,"question":"letrero_obra","value":"no"}','509a7e3641d4e045857e21dff946f62b22e9c500ab8eb877a6b3374a316e4488','becb3fd5973f3538595ff8021a4b01ddb557ca85a8206868b3aed71d0aaea997');
INSERT INTO "custody_log" VALUES(27,'dd7dbd76-2137-4dc6-ba9c-986c6cda18a4',4,'2026-11-27T00:42:39.266Z','DEMO-001','finding.raised','{"finding":"46235b43-1e98-4118-8a24-5c5681d4c744","item":null,"rule":"rf_sin_letrero","severity":"media"}','becb3fd5973f3538595ff8021a4b01ddb557ca85a8206868b3aed71d0aaea997','0deb2c6d68efbf21c5c7ce22499be5670803f5560271432e2e51e409a0787477');
INSERT INTO "custody_log" VALUES(28,'dd7dbd76-2137-4dc6-ba9c-986c6cda18a4',5,'2026-11-27T00:42:39.267Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','0deb2c6d68efbf21c5c7ce22499be5670803f5560271432e2e51e409a0787477','8cca568bd7eae6c4648845ed7a2719b033fa27d5a7eed6a8d2b19eb71b5032cd');
INSERT INTO "custody_log" VALUES(29,'dd7dbd76-2137-4dc6-ba9c-986c6cda18a4',6,'2026-11-27T00:42:39.267Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-11-15"}','8cca568bd7eae6c4648845ed7a2719b033fa27d5a7eed6a8d2b19eb71b5032cd','f816400c632e0ff2be89065d4f373b1217a0b680d79d31b98e1846badfea256d');
INSERT INTO "custody_log" VALUES(30,'dd7dbd76-2137-4dc6-ba9c-986c6cda18a4',7,'2026-11-27T00:42:39.268Z','DEMO-001','answer.set','{"item":null,"note":"Falta colar aproximadamente 180 m de los 400 m del tramo.","previous":null,"question":"avance_fisico_observado","value":55}','f816400c632e0ff2be89065d4f373b1217a0b680d79d31b98e1846badfea256d','90bb74419e477dedf7f650c10ae5985bbcb088ea50c7b7ab775261f3b7553988');
INSERT INTO "custody_log" VALUES(31,'dd7dbd76-2137-4dc6-ba9c-986c6cda18a4',8,'2026-11-27T00:42:39.269Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":70}','90bb74419e477dedf7f650c10ae5985bbcb088ea50c7b7ab775261f3b7553988','e6e2572836d2bffe93d1d08f9015ba3b5b07a374edce1a5bf6fb4281d501a95f');
INSERT INTO "custody_log" VALUES(32,'dd7dbd76-2137-4dc6-ba9c-986c6cda18a4',9,'2026-11-27T00:42:39.270Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":68}','e6e2572836d2bffe93d1d08f9015ba3b5b07a374edce1a5bf6fb4281d501a95f','e24b982f7b6474b326bb82b886ae9922c0b0998bbaaccabb2936e2edfafd286c');
INSERT INTO "custody_log" VALUES(33,'dd7dbd76-2137-4dc6-ba9c-986c6cda18a4',10,'2026-11-27T00:42:39.271Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"atrasada"}','e24b982f7b6474b326bb82b886ae9922c0b0998bbaaccabb2936e2edfafd286c','e0f58f934ec3bb866971d582969dd52aa3722332b890b42a99a36b8c7434bf8b');
INSERT INTO "custody_log" VALUES(34,'dd7dbd76-2137-4dc6-ba9c-986c6cda18a4',11,'2026-11-27T00:42:39.271Z','DEMO-001','finding.raised','{"finding":"e05481f1-d454-4e3a-af3c-c78154b6c4eb","item":null,"rule":"rf_obra_atrasada","severity":"media"}','e0f58f934ec3bb866971d582969dd52aa3722332b890b42a99a36b8c7434bf8b','965632ba558fb42f69997b4c1fcb006921b4ba2430c576fc9e0ce1328147d7b7');
INSERT INTO "custody_log" VALUES(35,'b5aa1866-29c4-45c5-a7ab-892b95175add',1,'2026-11-27T00:42:39.272Z','DEMO-001','audit.created','{"form":"transparencia_contratacion","form_sha256":"605fd23883e2b0c6d3ddaa61264c1d6cfd203f3088251c17e332c50d20c029dc","form_version":1,"header":{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}}','0000000000000000000000000000000000000000000000000000000000000000','d4e9042801eeffdcd13c7e0968f7b30e3aef501da88db260bf2e51410a3dbe8a');
INSERT INTO "custody_log" VALUES(36,'b5aa1866-29c4-45c5-a7ab-892b95175add',2,'2026-11-27T00:42:39.304Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"contrato_en_sipot","value":"si"}','d4e9042801eeffdcd13c7e0968f7b30e3aef501da88db260bf2e51410a3dbe8a','ad813108d8a8a7c46e3ef802da7493594315934c5e5e42b4e16f09a4b97c9006');
INSERT INTO "custody_log" VALUES(37,'b5aa1866-29c4-45c5-a7ab-892b95175add',3,'2026-11-27T00:42:39.306Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"url_registro_sipot","value":"https://www.plataformadetransparencia.org.mx/"}','ad813108d8a8a7c46e3ef802da7493594315934c5e5e42b4e16f09a4b97c9006','2288f9706da58cd1403a0f85b18e9c35f5f2ddb53f860b163efd3fb80b878979');
INSERT INTO "custody_log" VALUES(38,'b5aa1866-29c4-45c5-a7ab-892b95175add',4,'2026-11-27T00:42:39.307Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_sipot","value":"2026-07-28"}','2288f9706da58cd1403a0f85b18e9c35f5f2ddb53f860b163efd3fb80b878979','9aaa7a1063412150a2512c6e3ffdb2aa039ee8360779c9a56bf4c3a294c4e314');
INSERT INTO "custody_log" VALUES(39,'b5aa1866-29c4-45c5-a7ab-892b95175add',5,'2026-11-27T00:42:39.308Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_convocatoria","value":"si"}','9aaa7a1063412150a2512c6e3ffdb2aa039ee8360779c9a56bf4c3a294c4e314','8468e008b2585d32729b09f11ffae44705fe7ca2ccc6c9614ea245fb51aafebd');
INSERT INTO "custody_log" VALUES(40,'b5aa1866-29c4-45c5-a7ab-892b95175add',6,'2026-11-27T00:42:39.308Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_fallo","value":"si"}','8468e008b2585d32729b09f11ffae44705fe7ca2ccc6c9614ea245fb51aafebd','90cacf4a1c4180bf73e6bc6d51cd652372c9eff8eab8aae239f942f9cbe50be7');
INSERT INTO "custody_log" VALUES(41,'b5aa1866-29c4-45c5-a7ab-892b95175add',7,'2026-11-27T00:42:39.309Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_dictamen","value":"no"}','90cacf4a1c4180bf73e6bc6d51cd652372c9eff8eab8aae239f942f9cbe50be7','9912ea87e32d5aa6349b0d5788c61b641aa5aafcdbb3fd1bd9f402344d83e5d3');
INSERT INTO "custody_log" VALUES(42,'b5aa1866-29c4-45c5-a7ab-892b95175add',8,'2026-11-27T00:42:39.309Z','DEMO-001','finding.raised','{"finding":"10b6a0c5-8b9f-460f-8b4b-24b644542d40","item":null,"rule":"rf_enlace_dictamen","severity":"media"}','9912ea87e32d5aa6349b0d5788c61b641aa5aafcdbb3fd1bd9f402344d83e5d3','d3fb1201407baab951d06afeecd871cfbec4801350793de91057ab066b0ed1ff');
INSERT INTO "custody_log" VALUES(43,'b5aa1866-29c4-45c5-a7ab-892b95175add',9,'2026-11-27T00:42:39.310Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"lista_asistentes_publicada","value":"si"}','d3fb1201407baab951d06afeecd871cfbec4801350793de91057ab066b0ed1ff','f7ab34d83080f784415f1b4bc07e60c3d39def896930515fc82ebfea5be149ee');
INSERT INTO "custody_log" VALUES(44,'b5aa1866-29c4-45c5-a7ab-892b95175add',10,'2026-11-27T00:42:39.311Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"motivos_seleccion_publicados","value":"si"}','f7ab34d83080f784415f1b4bc07e60c3d39def896930515fc82ebfea5be149ee','e7658ee0e5081e934a0df9d03b201b9d383d05ac74b28d018fa830d3634bb187');
INSERT INTO "custody_log" VALUES(45,'b5aa1866-29c4-45c5-a7ab-892b95175add',11,'2026-11-27T00:42:39.312Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"version_publica_contrato","value":"si"}','e7658ee0e5081e934a0df9d03b201b9d383d05ac74b28d018fa830d3634bb187','c7d180d111d1119d4e53827a052893b43039cbe2fc41f2be874dc0d62b85038d');
INSERT INTO "custody_log" VALUES(46,'b5aa1866-29c4-45c5-a7ab-892b95175add',12,'2026-11-27T00:42:39.313Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"partida_origen_publicados","value":"si"}','c7d180d111d1119d4e53827a052893b43039cbe2fc41f2be874dc0d62b85038d','3d0c899d3ccbc3e3041d0331caadf4effc77c1748d32eec6a71e72e13d298343');
INSERT INTO "custody_log" VALUES(47,'b5aa1866-29c4-45c5-a7ab-892b95175add',13,'2026-11-27T00:42:39.314Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_obra_publicado","value":"si"}','3d0c899d3ccbc3e3041d0331caadf4effc77c1748d32eec6a71e72e13d298343','02fbf6e8825b944c81e2d713f10eccbe21f8f8c4bba9a2d4c88968e8dd188be7');
INSERT INTO "custody_log" VALUES(48,'b5aa1866-29c4-45c5-a7ab-892b95175add',14,'2026-11-27T00:42:39.315Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"recepcion_obra_publicada","value":"na"}','02fbf6e8825b944c81e2d713f10eccbe21f8f8c4bba9a2d4c88968e8dd188be7','7f41d82efec973e7e9ace7db01f701bfe21486795383f9f6c7eb217c3483d718');
INSERT INTO "custody_log" VALUES(49,'b5aa1866-29c4-45c5-a7ab-892b95175add',15,'2026-11-27T00:42:39.316Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"finiquito_publicado","value":"na"}','7f41d82efec973e7e9ace7db01f701bfe21486795383f9f6c7eb217c3483d718','fcff9bf6fb0bd02f8c747af6e7093bf1906d27c80456b6be10b6fb7a0a4dd5e0');
INSERT INTO "custody_log" VALUES(50,'b5aa1866-29c4-45c5-a7ab-892b95175add',16,'2026-11-27T00:42:39.316Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"mecanismos_vigilancia","value":["contraloria_social","oic"]}','fcff9bf6fb0bd02f8c747af6e7093bf1906d27c80456b6be10b6fb7a0a4dd5e0','4f338a64c6b6dde9cdb41e8c7cb178bc47952cf3d000b18e3b2c1467617ab93e');
INSERT INTO "custody_log" VALUES(51,'b5aa1866-29c4-45c5-a7ab-892b95175add',17,'2026-11-27T00:42:39.317Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"padron_proveedores_publicado","value":"si"}','4f338a64c6b6dde9cdb41e8c7cb178bc47952cf3d000b18e3b2c1467617ab93e','3394eac8a64bdeb58cf9288e8f059052cd62db69eda4575ae779aec13dabb535');
INSERT INTO "custody_log" VALUES(52,'b5aa1866-29c4-45c5-a7ab-892b95175add',18,'2026-11-27T00:42:39.318Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"listado_obras_publicado","value":"si"}','3394eac8a64bdeb58cf9288e8f059052cd62db69eda4575ae779aec13dabb535','641b5b30daf16660382f410ce41f59b2174967f2cd42ea59846f98fc81d5c52c');
INSERT INTO "custody_log" VALUES(53,'b5aa1866-29c4-45c5-a7ab-892b95175add',19,'2026-11-27T00:42:39.319Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"formato_datos","value":"abierto"}','641b5b30daf16660382f410ce41f59b2174967f2cd42ea59846f98fc81d5c52c','4bd71d1cfe50f770394c975116bf77d57afe8b40ce801e11355373b5d5505a41');
INSERT INTO "custody_log" VALUES(54,'b5aa1866-29c4-45c5-a7ab-892b95175add',20,'2026-11-27T00:42:39.319Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_revision","value":"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."}','4bd71d1cfe50f770394c975116bf77d57afe8b40ce801e11355373b5d5505a41','47fefd9abf2d9cca890e94cb644b3d3e6ded87dfada53da9f5e3528a85fb8c49');
INSERT INTO "custody_log" VALUES(55,'b5aa1866-29c4-45c5-a7ab-892b95175add',21,'2026-11-27T00:42:39.321Z','DEMO-001','audit.finalized','{"content_sha256":"64674fcacfe6ca52ae4cd3d16b434e7fd768f786f21dc4dad27c732ab5731add"}','47fefd9abf2d9cca890e94cb644b3d3e6ded87dfada53da9f5e3528a85fb8c49','3316a2d115d65e39b62c638dd4ebf4e502cdd77801c53a9015bbe7a7e632df72');
INSERT INTO "custody_log" VALUES(56,'a7fb3509-dd58-488c-beb0-80d94bc09415',1,'2026-11-27T00:42:39.322Z','DEMO-001','audit.created','{"form":"seguimiento_gobierno_abierto","form_sha256":"9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29","form_version":1,"header":{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}}','0000000000000000000000000000000000000000000000000000000000000000','4e021b0fef77c96c176e41c531df1d05864b0d2c17097b6e75367012f5cd01ad');
INSERT INTO "custody_log" VALUES(57,'a7fb3509-dd58-488c-beb0-80d94bc09415',2,'2026-11-27T00:42:39.339Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"descripcion","value":"Ventanilla única digital en operación"}','4e021b0fef77c96c176e41c531df1d05864b0d2c17097b6e75367012f5cd01ad','8285aaff069e476ec6268ff03a9de261024cc549678d995b05d3737e50089474');
INSERT INTO "custody_log" VALUES(58,'a7fb3509-dd58-488c-beb0-80d94bc09415',3,'2026-11-27T00:42:39.340Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"entregable_verificable","value":"si"}','8285aaff069e476ec6268ff03a9de261024cc549678d995b05d3737e50089474','bf7cd35a72beff6b5cc65cdc7d68477ca1cefc2e13769f44391bc84d051b24b0');
INSERT INTO "custody_log" VALUES(59,'a7fb3509-dd58-488c-beb0-80d94bc09415',4,'2026-11-27T00:42:39.340Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"estatus","value":"completo"}','bf7cd35a72beff6b5cc65cdc7d68477ca1cefc2e13769f44391bc84d051b24b0','581b71d264f3e56eb16d10370741b990b83440ba22ded2d9eb0bc18b73309ecc');
INSERT INTO "custody_log" VALUES(60,'a7fb3509-dd58-488c-beb0-80d94bc09415',5,'2026-11-27T00:42:39.341Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_reportado","value":100}','581b71d264f3e56eb16d10370741b990b83440ba22ded2d9eb0bc18b73309ecc','baeb7e7c2375d633d9d763292d48de4a85cb35b49abbc80d947b8b2d1aeb159a');
INSERT INTO "custody_log" VALUES(61,'a7fb3509-dd58-488c-beb0-80d94bc09415',6,'2026-11-27T00:42:39.342Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_verificado","value":100}','baeb7e7c2375d633d9d763292d48de4a85cb35b49abbc80d947b8b2d1aeb159a','36d2dd6ba45984bf9479aaf63ba2afedfd928cf6bfd58673f017d5c3e16d67ed');
INSERT INTO "custody_log" VALUES(62,'a7fb3509-dd58-488c-beb0-80d94bc09415',7,'2026-11-27T00:42:39.342Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"url_evidencia","value":"https://www.municipiochihuahua.gob.mx/"}','36d2dd6ba45984bf9479aaf63ba2afedfd928cf6bfd58673f017d5c3e16d67ed','6b6ca818ade9ea1f6721b2a486354840910dcbc508bfadcf5e506f3de940084d');
INSERT INTO "custody_log" VALUES(63,'a7fb3509-dd58-488c-beb0-80d94bc09415',8,'2026-11-27T00:42:39.343Z','DEMO-001','item.added','{"item":1,"section":"hitos"}','6b6ca818ade9ea1f6721b2a486354840910dcbc508bfadcf5e506f3de940084d','3721ec71b3490222244ed8b0ee9141c64053341cda1b722ecaf9881d8d914a61');
INSERT INTO "custody_log" VALUES(64,'a7fb3509-dd58-488c-beb0-80d94bc09415',9,'2026-11-27T00:42:39.344Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"descripcion","value":"Catálogo público de giros de bajo riesgo"}','3721ec71b3490222244ed8b0ee9141c64053341cda1b722ecaf9881d8d914a61','de1ff574d96ce71d5db031861090140fb1a60009fc1aea5cb042c2d3963ce152');
INSERT INTO "custody_log" VALUES(65,'a7fb3509-dd58-488c-beb0-80d94bc09415',10,'2026-11-27T00:42:39.345Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"entregable_verificable","value":"si"}','de1ff574d96ce71d5db031861090140fb1a60009fc1aea5cb042c2d3963ce152','7aba23dfdd95938cee304eece40f839f3a655a0ac6ec9c9a3f96bdf93b652365');
INSERT INTO "custody_log" VALUES(66,'a7fb3509-dd58-488c-beb0-80d94bc09415',11,'2026-11-27T00:42:39.345Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"estatus","value":"limitado"}','7aba23dfdd95938cee304eece40f839f3a655a0ac6ec9c9a3f96bdf93b652365','e5b45b90a6ce3eeb9558a52aaacd26ba5f6b038c94761fce1bb012d527466541');
INSERT INTO "custody_log" VALUES(67,'a7fb3509-dd58-488c-beb0-80d94bc09415',12,'2026-11-27T00:42:39.346Z','DEMO-001','finding.raised','{"finding":"ffea4b31-f363-4319-ad8f-01f366f1c499","item":1,"rule":"rf_hito_vencido","severity":"media"}','e5b45b90a6ce3eeb9558a52aaacd26ba5f6b038c94761fce1bb012d527466541','92668e3f249ebaada9a2a88caf82b5713d44277279ef1f31ec062a7a3ff027c1');
INSERT INTO "custody_log" VALUES(68,'a7fb3509-dd58-488c-beb0-80d94bc09415',13,'2026-11-27T00:42:39.346Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_reportado","value":80}','92668e3f249ebaada9a2a88caf82b5713d44277279ef1f31ec062a7a3ff027c1','e47446ffe9504170b89827fe29b159930a98cc7749c9d1657a08d3342e8c82be');
INSERT INTO "custody_log" VALUES(69,'a7fb3509-dd58-488c-beb0-80d94bc09415',14,'2026-11-27T00:42:39.347Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_verificado","value":40}','e47446ffe9504170b89827fe29b159930a98cc7749c9d1657a08d3342e8c82be','c7a6020b8c092e55178a2e92ecc5ca221477e39b0aa2efaa15d3adb25544f38f');
INSERT INTO "custody_log" VALUES(70,'a7fb3509-dd58-488c-beb0-80d94bc09415',15,'2026-11-27T00:42:39.347Z','DEMO-001','finding.raised','{"finding":"cf649689-7762-4d3f-95ce-a74e8709557d","item":1,"rule":"rf_diferencia_avance","severity":"media"}','c7a6020b8c092e55178a2e92ecc5ca221477e39b0aa2efaa15d3adb25544f38f','1ffd47fbf91763cb07955c2bcc9a259c878b0051f8414794650d8ae43b250c5b');
INSERT INTO "custody_log" VALUES(71,'a7fb3509-dd58-488c-beb0-80d94bc09415',16,'2026-11-27T00:42:39.348Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"grupo_coordinador_participo","value":"si"}','1ffd47fbf91763cb07955c2bcc9a259c878b0051f8414794650d8ae43b250c5b','d51f32dd2c0430da6f5e4bb97f49e5c7f5fd182900195771c080f68ff77a0af8');
INSERT INTO "custody_log" VALUES(72,'a7fb3509-dd58-488c-beb0-80d94bc09415',17,'2026-11-27T00:42:39.349Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"informe_avance_publicado","value":"no"}','d51f32dd2c0430da6f5e4bb97f49e5c7f5fd182900195771c080f68ff77a0af8','a38094f821d69df96d52552d9f563be07c89fee512034e3ba12e96166b3e5859');
INSERT INTO "custody_log" VALUES(73,'a7fb3509-dd58-488c-beb0-80d94bc09415',18,'2026-11-27T00:42:39.349Z','DEMO-001','finding.raised','{"finding":"608ce4c9-2c89-40d7-9065-fcfa7b803a86","item":null,"rule":"rf_sin_informe_avance","severity":"media"}','a38094f821d69df96d52552d9f563be07c89fee512034e3ba12e96166b3e5859','9d1df188f5a08d8b7f5a73edae7f87b4d0f8d5dd28eb462a3cca2cc973e6e9a5');
INSERT INTO "custody_log" VALUES(74,'1a7cf061-a596-447d-97b5-6e22695b000b',1,'2026-11-27T00:42:39.350Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6","form_version":1,"header":{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}}','0000000000000000000000000000000000000000000000000000000000000000','529041545855febbf426e8a92a5dfce616aebf1af4667838d1d02b293aae3b91');
INSERT INTO "custody_log" VALUES(75,'1a7cf061-a596-447d-97b5-6e22695b000b',2,'2026-11-27T00:42:39.351Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','529041545855febbf426e8a92a5dfce616aebf1af4667838d1d02b293aae3b91','c5caf801318a5f514907841c87d0a3ff1ba0631b53a24c36649346f63d332e4c');
INSERT INTO "custody_log" VALUES(76,'1a7cf061-a596-447d-97b5-6e22695b000b',3,'2026-11-27T00:42:39.352Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"letrero_obra","value":"si"}','c5caf801318a5f514907841c87d0a3ff1ba0631b53a24c36649346f63d332e4c','3bef16388e50f85cf9133765f483fd73e9899b10a2b202e42d181b3b17783ab8');
INSERT INTO "custody_log" VALUES(77,'1a7cf061-a596-447d-97b5-6e22695b000b',4,'2026-11-27T00:42:39.353Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','3bef16388e50f85cf9133765f483fd73e9899b10a2b202e42d181b3b17783ab8','38891435f908cef6e62599665ab2c7471086349809f41e2da621e68651ed86ce');
INSERT INTO "custody_log" VALUES(78,'1a7cf061-a596-447d-97b5-6e22695b000b',5,'2026-11-27T00:42:39.354Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-08-14"}','38891435f908cef6e62599665ab2c7471086349809f41e2da621e68651ed86ce','ce304664d071ed2085824109023da2d286cc0987ff29135e9488b5b782f33300');
INSERT INTO "custody_log" VALUES(79,'1a7cf061-a596-447d-97b5-6e22695b000b',6,'2026-11-27T00:42:39.355Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_observado","value":100}','ce304664d071ed2085824109023da2d286cc0987ff29135e9488b5b782f33300','d39ac89e4a1ef691cd24fa6efeb567997f6c5ad093fa09b693793252dea6f940');
INSERT INTO "custody_log" VALUES(80,'1a7cf061-a596-447d-97b5-6e22695b000b',7,'2026-11-27T00:42:39.356Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":100}','d39ac89e4a1ef691cd24fa6efeb567997f6c5ad093fa09b693793252dea6f940','164c99eaf83787895a70c88da5b23cbc49015d278fab08797d610102ba5059cd');
INSERT INTO "custody_log" VALUES(81,'1a7cf061-a596-447d-97b5-6e22695b000b',8,'2026-11-27T00:42:39.357Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":100}','164c99eaf83787895a70c88da5b23cbc49015d278fab08797d610102ba5059cd','e1e42174d84d5ff6d194b8ca1748b2d5be9de8fe3d376052306085773bb1968c');
INSERT INTO "custody_log" VALUES(82,'1a7cf061-a596-447d-97b5-6e22695b000b',9,'2026-11-27T00:42:39.358Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"terminada"}','e1e42174d84d5ff6d194b8ca1748b2d5be9de8fe3d376052306085773bb1968c','4e014cd29d736f7ad9e4c020e6e038a69e0dce40a2861f4e2aa1c0255cf275d6');
INSERT INTO "custody_log" VALUES(83,'1a7cf061-a596-447d-97b5-6e22695b000b',10,'2026-11-27T00:42:39.359Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cantidades_coinciden","value":"si"}','4e014cd29d736f7ad9e4c020e6e038a69e0dce40a2861f4e2aa1c0255cf275d6','6368476bc0eba83836b4788d5db2fe9ff84093b41a1598855f6ddc839ed79e31');
INSERT INTO "custody_log" VALUES(84,'1a7cf061-a596-447d-97b5-6e22695b000b',11,'2026-11-27T00:42:39.359Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"materiales_conformes","value":"si"}','6368476bc0eba83836b4788d5db2fe9ff84093b41a1598855f6ddc839ed79e31','595a869ad67f5b35d0a6d4a729846ce7deff4a5feca2cef339cbc66e1b40e62b');
INSERT INTO "custody_log" VALUES(85,'1a7cf061-a596-447d-97b5-6e22695b000b',12,'2026-11-27T00:42:39.360Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"defectos_visibles","value":"ninguno"}','595a869ad67f5b35d0a6d4a729846ce7deff4a5feca2cef339cbc66e1b40e62b','3d2235e949ea0ba416754fce5f22d0e3bd911f80a92bbcd6a8d1481f56c6ed2f');
INSERT INTO "custody_log" VALUES(86,'1a7cf061-a596-447d-97b5-6e22695b000b',13,'2026-11-27T00:42:39.361Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"pruebas_laboratorio","value":"si"}','3d2235e949ea0ba416754fce5f22d0e3bd911f80a92bbcd6a8d1481f56c6ed2f','77df7fb46a9d8ae9c634db772857a88b0491705c9199c242c5b971a458eafa95');
INSERT INTO "custody_log" VALUES(87,'1a7cf061-a596-447d-97b5-6e22695b000b',14,'2026-11-27T00:42:39.362Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convenios_modificatorios","value":"no"}','77df7fb46a9d8ae9c634db772857a88b0491705c9199c242c5b971a458eafa95','30f8589a2de42376ffcb3bc5575e6c81104172ded14601ddcdc6506870d8b457');
INSERT INTO "custody_log" VALUES(88,'1a7cf061-a596-447d-97b5-6e22695b000b',15,'2026-11-27T00:42:39.363Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"anticipo_amortizado","value":"si"}','30f8589a2de42376ffcb3bc5575e6c81104172ded14601ddcdc6506870d8b457','5ab8eda78d96a857bad0dd367245c6145b46263bf2c894fbed9b76090fc29217');
INSERT INTO "custody_log" VALUES(89,'1a7cf061-a596-447d-97b5-6e22695b000b',16,'2026-11-27T00:42:39.364Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"comite_contraloria_social","value":"si"}','5ab8eda78d96a857bad0dd367245c6145b46263bf2c894fbed9b76090fc29217','884e5924b6ae19c68eb8e842feea4aa219da0c255e184d9f582f3c1d876fa991');
INSERT INTO "custody_log" VALUES(90,'1a7cf061-a596-447d-97b5-6e22695b000b',17,'2026-11-27T00:42:39.365Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"quejas_vecinos","value":"no"}','884e5924b6ae19c68eb8e842feea4aa219da0c255e184d9f582f3c1d876fa991','da0accc24140ecd15e7fcfd7497a0183dd8f9963cb436542db3d9b6e68e764b4');
INSERT INTO "custody_log" VALUES(91,'1a7cf061-a596-447d-97b5-6e22695b000b',18,'2026-11-27T00:42:39.366Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_entrega_recepcion","value":"si"}','da0accc24140ecd15e7fcfd7497a0183dd8f9963cb436542db3d9b6e68e764b4','6c9928d950893dc70dd6dc6c0cd7316ee58593f235a0389b4def31d3d62bddaa');
INSERT INTO "custody_log" VALUES(92,'1a7cf061-a596-447d-97b5-6e22695b000b',19,'2026-11-27T00:42:39.367Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"obra_en_uso","value":"si"}','6c9928d950893dc70dd6dc6c0cd7316ee58593f235a0389b4def31d3d62bddaa','e71036601219395fd97645ef3f9f66d1a3dfc310c892ff43368366efc767b720');
INSERT INTO "custody_log" VALUES(93,'1a7cf061-a596-447d-97b5-6e22695b000b',20,'2026-11-27T00:42:39.368Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_visita","value":"Obra terminada y en uso por la escuela; sin observaciones."}','e71036601219395fd97645ef3f9f66d1a3dfc310c892ff43368366efc767b720','621c6f3b07cfe18fda605e4ef69339334314376ef494e2cb4a18562fce45fcac');
INSERT INTO "custody_log" VALUES(94,'1a7cf061-a596-447d-97b5-6e22695b000b',21,'2026-11-27T00:42:39.464Z','DEMO-001','evidence.added','{"evidence":"121530f0-a85c-4ea8-9cb4-880509db86c2","finding":null,"item":null,"mime":"image/jpeg","name":"IMG_20260903_00.jpg","question":"letrero_obra","sha256":"f8bb9fd702c3f9ef182395691f120f16702a577b667418ffeb91293434a4bc04","size":52511}','621c6f3b07cfe18fda605e4ef69339334314376ef494e2cb4a18562fce45fcac','ad8cea46ad7f712a80ec0ead5c44102c35811c488ddaea059f1bedeb3be76eef');
INSERT INTO "custody_log" VALUES(95,'1a7cf061-a596-447d-97b5-6e22695b000b',22,'2026-11-27T00:42:39.531Z','DEMO-001','evidence.added','{"evidence":"a6a3b2c5-b567-40a3-8e51-29d36d46ee30","finding":null,"item":null,"mime":"image/jpeg","name":"IMG_20260904_01.jpg","question":"obra_en_uso","sha256":"5000d954c5b6ecebbacead1789c9f0e4266f932cff269fae2b53afaf85e8744d","size":44335}','ad8cea46ad7f712a80ec0ead5c44102c35811c488ddaea059f1bedeb3be76eef','52559557487dab4d7d6d2682e203cf5309a13c347621775d2acd13eeab47a6d4');
INSERT INTO "custody_log" VALUES(96,'1a7cf061-a596-447d-97b5-6e22695b000b',23,'2026-11-27T00:42:39.600Z','DEMO-001','evidence.added','{"evidence":"184fe7d3-6d2a-4f88-9f9b-27c869625dca","finding":null,"item":null,"mime":"image/jpeg","name":"IMG_20260905_02.jpg","question":"fotografias_generales","sha256":"ba6488c1afc3c087d6732e90ff5ea5e4c317a2c2c0707514a0d1069f6dd40e76","size":45897}','52559557487dab4d7d6d2682e203cf5309a13c347621775d2acd13eeab47a6d4','25c06b14aec584aa429334adae3ff79e57b6a2dec2624d5d6ca62d0036bb60bb');
INSERT INTO "custody_log" VALUES(97,'1a7cf061-a596-447d-97b5-6e22695b000b',24,'2026-11-27T00:42:39.615Z','DEMO-001','audit.finalized','{"content_sha256":"b5f27c277318d80a65927bc1e1b548d379d665d965473bb3cca6465f53ceda31"}','25c06b14aec584aa429334adae3ff79e57b6a2dec2624d5d6ca62d0036bb60bb','131a41bab66c9ee776d1958150b9c0ffae87efb74638c2bfcb661e93f285bee9');
CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    mime TEXT NOT NULL DEFAULT 'application/octet-stream',
    original_name TEXT NOT NULL DEFAULT '',
    caption TEXT NOT NULL DEFAULT '',
    captured_at TEXT,
    imported_at TEXT NOT NULL,
    gps_lat REAL,
    gps_lon REAL,
    metadata TEXT NOT NULL DEFAULT '{}',
    removed_at TEXT
);
INSERT INTO "evidence" VALUES('121530f0-a85c-4ea8-9cb4-880509db86c2','1a7cf061-a596-447d-97b5-6e22695b000b','f8bb9fd702c3f9ef182395691f120f16702a577b667418ffeb91293434a4bc04',52511,'image/jpeg','IMG_20260903_00.jpg','Letrero de obra con monto, contratista y fuente de los recursos','2026-09-03T09:14:02','2026-11-27T00:42:39.464Z',28.4363333,-106.859,'{"camera_make":"Motorola","camera_model":"moto g32","format":"JPEG","height":1200,"kind":"image","thumbnail":true,"type_label":"Fotografía JPEG","width":1600}',NULL);
INSERT INTO "evidence" VALUES('a6a3b2c5-b567-40a3-8e51-29d36d46ee30','1a7cf061-a596-447d-97b5-6e22695b000b','5000d954c5b6ecebbacead1789c9f0e4266f932cff269fae2b53afaf85e8744d',44335,'image/jpeg','IMG_20260904_01.jpg','Techumbre terminada; la cancha está en uso durante el recreo','2026-09-03T09:31:47','2026-11-27T00:42:39.531Z',28.4363333,-106.859,'{"camera_make":"Motorola","camera_model":"moto g32","format":"JPEG","height":1200,"kind":"image","thumbnail":true,"type_label":"Fotografía JPEG","width":1600}',NULL);
INSERT INTO "evidence" VALUES('184fe7d3-6d2a-4f88-9f9b-27c869625dca','1a7cf061-a596-447d-97b5-6e22695b000b','ba6488c1afc3c087d6732e90ff5ea5e4c317a2c2c0707514a0d1069f6dd40e76',45897,'image/jpeg','IMG_20260905_02.jpg','Vista general desde el acceso norte','2026-09-03T09:40:10','2026-11-27T00:42:39.600Z',28.4363333,-106.859,'{"camera_make":"Motorola","camera_model":"moto g32","format":"JPEG","height":1600,"kind":"image","orientation":6,"thumbnail":true,"type_label":"Fotografía JPEG","width":1200}',NULL);
CREATE TABLE evidence_links (
    evidence_id TEXT NOT NULL REFERENCES evidence(id),
    question_id TEXT,
    item INTEGER NOT NULL DEFAULT -1,
    finding_id TEXT REFERENCES findings(id),
    CHECK ((question_id IS NULL) <> (finding_id IS NULL))
);
INSERT INTO "evidence_links" VALUES('121530f0-a85c-4ea8-9cb4-880509db86c2','letrero_obra',-1,NULL);
INSERT INTO "evidence_links" VALUES('a6a3b2c5-b567-40a3-8e51-29d36d46ee30','obra_en_uso',-1,NULL);
INSERT INTO "evidence_links" VALUES('184fe7d3-6d2a-4f88-9f9b-27c869625dca','fotografias_generales',-1,NULL);
CREATE TABLE findings (
    id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    source TEXT NOT NULL CHECK (source IN ('rule', 'manual')),
    rule_id TEXT,
    question_id TEXT,
    item INTEGER NOT NULL DEFAULT -1,
    severity TEXT NOT NULL CHECK (severity IN ('alta', 'media', 'baja')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    recommendation TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'withdrawn')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO "findings" VALUES('a0875ab8-2d26-4f33-a6cc-388a81b43140','f91c7414-99d9-4754-b0cf-acd500623b6c','rule','rf_plazo_convocatoria_corto',NULL,-1,'media','Plazo corto entre la publicación de la convocatoria y la apertura','Un plazo corto reduce el número de licitantes que pueden preparar una oferta. El plazo legal aplicable está por confirmar y puede reducirse con justificación.','Pregunte si hubo reducción de plazo autorizada y adjunte el documento que la justifique.','open','2026-11-27T00:42:39.214Z','2026-11-27T00:42:39.214Z');
INSERT INTO "findings" VALUES('6fcfd91a-f744-44c4-b1f5-53f727677449','f91c7414-99d9-4754-b0cf-acd500623b6c','rule','rf_pocas_proposiciones','numero_proposiciones',-1,'media','Baja competencia (pocas proposiciones)','','Anote los licitantes participantes y compárelos con los de procedimientos similares.','open','2026-11-27T00:42:39.220Z','2026-11-27T00:42:39.220Z');
INSERT INTO "findings" VALUES('20f366ca-0edb-4cd7-a14f-02fa4135b3ae','818f6e78-0ac1-4f97-87c8-a61be232f9ab','rule','rf_especificaciones_dirigidas','especificaciones_dirigidas',-1,'media','Especificaciones con marca o a la medida de un proveedor','','Describa qué requisito limita la competencia y adjunte la página de la convocatoria donde aparece.','open','2026-11-27T00:42:39.225Z','2026-11-27T00:42:39.225Z');
INSERT INTO "findings" VALUES('14e81f69-b379-4dbc-87ae-d6c434615c44','818f6e78-0ac1-4f97-87c8-a61be232f9ab','manual',NULL,NULL,-1,'media','La cotización ganadora llegó un día después del plazo de invitación','El sello de recepción de la cotización del proveedor adjudicado tiene fecha del 29 de octubre; el plazo vencía el 28.','Solicitar a la unidad la aclaración por escrito y anexarla al expediente.','open','2026-11-27T00:42:39.229Z','2026-11-27T00:42:39.229Z');
INSERT INTO "findings" VALUES('46235b43-1e98-4118-8a24-5c5681d4c744','dd7dbd76-2137-4dc6-ba9c-986c6cda18a4','rule','rf_sin_letrero','letrero_obra',-1,'media','La obra no tiene letrero o le faltan datos','','Fotografíe el frente de la obra donde debería estar y anote qué datos faltan.','open','2026-11-27T00:42:39.266Z','2026-11-27T00:42:39.266Z');
INSERT INTO "findings" VALUES('e05481f1-d454-4e3a-af3c-c78154b6c4eb','dd7dbd76-2137-4dc6-ba9c-986c6cda18a4','rule','rf_obra_atrasada','estado_programa',-1,'media','Obra atrasada respecto al programa','','Pregunte al residente la causa del atraso y si se aplicaron penas convencionales.','open','2026-11-27T00:42:39.271Z','2026-11-27T00:42:39.271Z');
INSERT INTO "findings" VALUES('10b6a0c5-8b9f-460f-8b4b-24b644542d40','b5aa1866-29c4-45c5-a7ab-892b95175add','rule','rf_enlace_dictamen','enlace_dictamen',-1,'media','El enlace al dictamen de evaluación no funciona o falta','','Guarde la captura del error con la URL y la fecha.','open','2026-11-27T00:42:39.309Z','2026-11-27T00:42:39.309Z');
INSERT INTO "findings" VALUES('ffea4b31-f363-4319-ad8f-01f366f1c499','a7fb3509-dd58-488c-beb0-80d94bc09415','rule','rf_hito_vencido','estatus',1,'media','Hito vencido y no completo','','Pregunte a la institución responsable la causa del retraso y la nueva fecha comprometida.','open','2026-11-27T00:42:39.346Z','2026-11-27T00:42:39.346Z');
INSERT INTO "findings" VALUES('cf649689-7762-4d3f-95ce-a74e8709557d','a7fb3509-dd58-488c-beb0-80d94bc09415','rule','rf_diferencia_avance','porcentaje_verificado',1,'media','El avance reportado no coincide con el verificado','','Anote en qué se basa cada cifra y adjunte la evidencia que consultó.','open','2026-11-27T00:42:39.347Z','2026-11-27T00:42:39.347Z');
INSERT INTO "findings" VALUES('608ce4c9-2c89-40d7-9065-fcfa7b803a86','a7fb3509-dd58-488c-beb0-80d94bc09415','rule','rf_sin_informe_avance','informe_avance_publicado',-1,'media','No se publicó el informe anual de avance','','Anote dónde lo buscó y pídalo a la institución responsable.','open','2026-11-27T00:42:39.349Z','2026-11-27T00:42:39.349Z');
CREATE TABLE observer_profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    observer_code TEXT NOT NULL,
    municipality TEXT NOT NULL,
    email TEXT,
    language TEXT NOT NULL DEFAULT 'es',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO "observer_profile" VALUES(1,'Observadora de ejemplo','DEMO-001','Chihuahua',NULL,'es','2026-11-27T00:42:38.998Z','2026-11-27T00:42:38.998Z');
CREATE TABLE outbox (
    submission_id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
, audit_version INTEGER, manifest TEXT, audit_json BLOB, report_path TEXT, bytes_total INTEGER NOT NULL DEFAULT 0, error_code TEXT, first_sent_at TEXT, exported_at TEXT, delivered_at TEXT, review_state TEXT, review_comment TEXT, review_at TEXT);
CREATE TABLE participation_sessions (
    id TEXT PRIMARY KEY,
    event TEXT NOT NULL,
    date TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    audit_id TEXT REFERENCES audits(id),
    place TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
INSERT INTO "participation_sessions" VALUES('b476fc21-8866-404d-91fd-1a2c4717d50c','Junta de aclaraciones LP-MCH-ADQ-014-2026','2026-10-07','10:00','12:30','f91c7414-99d9-4754-b0cf-acd500623b6c','Presidencia Municipal','','2026-11-27T00:42:39.616Z');
INSERT INTO "participation_sessions" VALUES('e36fbc24-3570-452f-a00f-1ce0f4196616','Apertura de proposiciones LP-MCH-ADQ-014-2026','2026-10-14','09:30','13:00','f91c7414-99d9-4754-b0cf-acd500623b6c','Presidencia Municipal','','2026-11-27T00:42:39.617Z');
INSERT INTO "participation_sessions" VALUES('eca34a07-201b-4743-8a0e-a843c384e0c5','Visita de obra OP-MCH-FISM-007-2026','2026-11-18','08:00','11:15','dd7dbd76-2137-4dc6-ba9c-986c6cda18a4','Col. Riberas de Sacramento','','2026-11-27T00:42:39.617Z');
INSERT INTO "participation_sessions" VALUES('5cc8fd3b-41ac-40ec-a425-73e27922781e','Visita de obra OP-MCH-RP-021-2026','2026-09-03','09:00','12:00','1a7cf061-a596-447d-97b5-6e22695b000b','El Sauz','','2026-11-27T00:42:39.618Z');
CREATE TABLE receipts (
    submission_id TEXT PRIMARY KEY REFERENCES outbox(submission_id),
    receipt TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    pdf_sha256 TEXT NOT NULL,
    path TEXT NOT NULL,
    signer TEXT NOT NULL,
    signed_at TEXT NOT NULL
);
CREATE TABLE schema_migrations ( version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
INSERT INTO "schema_migrations" VALUES(1,'initial schema','2026-11-27T00:42:38.982465+00:00');
INSERT INTO "schema_migrations" VALUES(2,'sync outbox: manifest, audit blob, errors, reviews','2026-11-27T00:42:38.985842+00:00');
INSERT INTO "schema_migrations" VALUES(3,'settings table for databases of the first release','2026-11-27T00:42:38.986368+00:00');
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX audits_status ON audits(status);
CREATE INDEX audits_updated ON audits(updated_at);
CREATE INDEX audits_form ON audits(form_id);
CREATE UNIQUE INDEX findings_rule ON findings(audit_id, rule_id, item) WHERE source = 'rule';
CREATE INDEX findings_audit ON findings(audit_id);
CREATE INDEX evidence_audit ON evidence(audit_id);
CREATE INDEX evidence_sha ON evidence(sha256);
CREATE UNIQUE INDEX evidence_links_unique
    ON evidence_links(evidence_id, coalesce(question_id, ''), item, coalesce(finding_id, ''));
CREATE INDEX sessions_date ON participation_sessions(date);
CREATE TRIGGER custody_log_no_update BEFORE UPDATE ON custody_log
BEGIN
    SELECT RAISE(ABORT, 'custody_log is append-only');
END;
CREATE TRIGGER custody_log_no_delete BEFORE DELETE ON custody_log
BEGIN
    SELECT RAISE(ABORT, 'custody_log is append-only');
END;
CREATE INDEX outbox_audit ON outbox(audit_id);
CREATE INDEX outbox_state ON outbox(state)
;
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('custody_log',97);
COMMIT;
