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
INSERT INTO "answers" VALUES('06b13b84-7bd7-41c3-af27-0b0dee9441fb','descripcion',0,'"Ventanilla única digital en operación"',NULL,'2026-12-07T02:43:24.146Z','2026-12-07T02:43:24.146Z');
INSERT INTO "answers" VALUES('06b13b84-7bd7-41c3-af27-0b0dee9441fb','descripcion',1,'"Catálogo público de giros de bajo riesgo"',NULL,'2026-12-07T02:43:24.152Z','2026-12-07T02:43:24.152Z');
INSERT INTO "answers" VALUES('06b13b84-7bd7-41c3-af27-0b0dee9441fb','entregable_verificable',0,'"si"',NULL,'2026-12-07T02:43:24.147Z','2026-12-07T02:43:24.147Z');
INSERT INTO "answers" VALUES('06b13b84-7bd7-41c3-af27-0b0dee9441fb','entregable_verificable',1,'"si"',NULL,'2026-12-07T02:43:24.153Z','2026-12-07T02:43:24.153Z');
INSERT INTO "answers" VALUES('06b13b84-7bd7-41c3-af27-0b0dee9441fb','estatus',0,'"completo"',NULL,'2026-12-07T02:43:24.148Z','2026-12-07T02:43:24.148Z');
INSERT INTO "answers" VALUES('06b13b84-7bd7-41c3-af27-0b0dee9441fb','estatus',1,'"limitado"',NULL,'2026-12-07T02:43:24.154Z','2026-12-07T02:43:24.154Z');
INSERT INTO "answers" VALUES('06b13b84-7bd7-41c3-af27-0b0dee9441fb','grupo_coordinador_participo',-1,'"si"',NULL,'2026-12-07T02:43:24.157Z','2026-12-07T02:43:24.157Z');
INSERT INTO "answers" VALUES('06b13b84-7bd7-41c3-af27-0b0dee9441fb','informe_avance_publicado',-1,'"no"',NULL,'2026-12-07T02:43:24.158Z','2026-12-07T02:43:24.158Z');
INSERT INTO "answers" VALUES('06b13b84-7bd7-41c3-af27-0b0dee9441fb','porcentaje_reportado',0,'100',NULL,'2026-12-07T02:43:24.149Z','2026-12-07T02:43:24.149Z');
INSERT INTO "answers" VALUES('06b13b84-7bd7-41c3-af27-0b0dee9441fb','porcentaje_reportado',1,'80',NULL,'2026-12-07T02:43:24.155Z','2026-12-07T02:43:24.155Z');
INSERT INTO "answers" VALUES('06b13b84-7bd7-41c3-af27-0b0dee9441fb','porcentaje_verificado',0,'100',NULL,'2026-12-07T02:43:24.150Z','2026-12-07T02:43:24.150Z');
INSERT INTO "answers" VALUES('06b13b84-7bd7-41c3-af27-0b0dee9441fb','porcentaje_verificado',1,'40',NULL,'2026-12-07T02:43:24.156Z','2026-12-07T02:43:24.156Z');
INSERT INTO "answers" VALUES('06b13b84-7bd7-41c3-af27-0b0dee9441fb','url_evidencia',0,'"https://www.municipiochihuahua.gob.mx/"',NULL,'2026-12-07T02:43:24.150Z','2026-12-07T02:43:24.150Z');
INSERT INTO "answers" VALUES('b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','acta_junta_publicada',-1,'"si"',NULL,'2026-12-07T02:43:24.055Z','2026-12-07T02:43:24.055Z');
INSERT INTO "answers" VALUES('b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','apertura_publica',-1,'"si"',NULL,'2026-12-07T02:43:24.060Z','2026-12-07T02:43:24.060Z');
INSERT INTO "answers" VALUES('b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','asistentes_junta',-1,'3',NULL,'2026-12-07T02:43:24.056Z','2026-12-07T02:43:24.056Z');
INSERT INTO "answers" VALUES('b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','cambios_requisitos_fondo',-1,'"no"',NULL,'2026-12-07T02:43:24.058Z','2026-12-07T02:43:24.058Z');
INSERT INTO "answers" VALUES('b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','convocatoria_publicada',-1,'"si"',NULL,'2026-12-07T02:43:24.048Z','2026-12-07T02:43:24.048Z');
INSERT INTO "answers" VALUES('b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','especificaciones_dirigidas',-1,'"no"',NULL,'2026-12-07T02:43:24.053Z','2026-12-07T02:43:24.053Z');
INSERT INTO "answers" VALUES('b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','fecha_apertura_proposiciones',-1,'"2026-10-14"',NULL,'2026-12-07T02:43:24.052Z','2026-12-07T02:43:24.052Z');
INSERT INTO "answers" VALUES('b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','fecha_publicacion_convocatoria',-1,'"2026-10-02"',NULL,'2026-12-07T02:43:24.050Z','2026-12-07T02:43:24.050Z');
INSERT INTO "answers" VALUES('b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','indicios_colusion',-1,'"no"',NULL,'2026-12-07T02:43:24.062Z','2026-12-07T02:43:24.062Z');
INSERT INTO "answers" VALUES('b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-12-07T02:43:24.054Z','2026-12-07T02:43:24.054Z');
INSERT INTO "answers" VALUES('b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','numero_proposiciones',-1,'2','Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.','2026-12-07T02:43:24.059Z','2026-12-07T02:43:24.059Z');
INSERT INTO "answers" VALUES('b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','propuesta_extemporanea',-1,'"no"',NULL,'2026-12-07T02:43:24.061Z','2026-12-07T02:43:24.061Z');
INSERT INTO "answers" VALUES('d80ed927-2768-4b3a-a6fa-6222603a6214','dictamen_comite',-1,'"si"',NULL,'2026-12-07T02:43:24.070Z','2026-12-07T02:43:24.070Z');
INSERT INTO "answers" VALUES('d80ed927-2768-4b3a-a6fa-6222603a6214','especificaciones_detalle',-1,'"Se exige una marca específica de luminaria LED sin admitir equivalentes."',NULL,'2026-12-07T02:43:24.066Z','2026-12-07T02:43:24.066Z');
INSERT INTO "answers" VALUES('d80ed927-2768-4b3a-a6fa-6222603a6214','especificaciones_dirigidas',-1,'"si"',NULL,'2026-12-07T02:43:24.065Z','2026-12-07T02:43:24.065Z');
INSERT INTO "answers" VALUES('d80ed927-2768-4b3a-a6fa-6222603a6214','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-12-07T02:43:24.067Z','2026-12-07T02:43:24.067Z');
INSERT INTO "answers" VALUES('d80ed927-2768-4b3a-a6fa-6222603a6214','supuesto_excepcion',-1,'"monto_dentro_de_limites"',NULL,'2026-12-07T02:43:24.068Z','2026-12-07T02:43:24.068Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','avance_obra_publicado',-1,'"si"',NULL,'2026-12-07T02:43:24.131Z','2026-12-07T02:43:24.131Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','contrato_en_sipot',-1,'"si"',NULL,'2026-12-07T02:43:24.122Z','2026-12-07T02:43:24.122Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','enlace_convocatoria',-1,'"si"',NULL,'2026-12-07T02:43:24.125Z','2026-12-07T02:43:24.125Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','enlace_dictamen',-1,'"no"',NULL,'2026-12-07T02:43:24.126Z','2026-12-07T02:43:24.126Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','enlace_fallo',-1,'"si"',NULL,'2026-12-07T02:43:24.125Z','2026-12-07T02:43:24.125Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','fecha_publicacion_sipot',-1,'"2026-07-28"',NULL,'2026-12-07T02:43:24.124Z','2026-12-07T02:43:24.124Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','finiquito_publicado',-1,'"na"',NULL,'2026-12-07T02:43:24.132Z','2026-12-07T02:43:24.132Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','formato_datos',-1,'"abierto"',NULL,'2026-12-07T02:43:24.135Z','2026-12-07T02:43:24.135Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','lista_asistentes_publicada',-1,'"si"',NULL,'2026-12-07T02:43:24.127Z','2026-12-07T02:43:24.127Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','listado_obras_publicado',-1,'"si"',NULL,'2026-12-07T02:43:24.134Z','2026-12-07T02:43:24.134Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','mecanismos_vigilancia',-1,'["contraloria_social","oic"]',NULL,'2026-12-07T02:43:24.133Z','2026-12-07T02:43:24.133Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','motivos_seleccion_publicados',-1,'"si"',NULL,'2026-12-07T02:43:24.128Z','2026-12-07T02:43:24.128Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','observaciones_revision',-1,'"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."',NULL,'2026-12-07T02:43:24.136Z','2026-12-07T02:43:24.136Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','padron_proveedores_publicado',-1,'"si"',NULL,'2026-12-07T02:43:24.133Z','2026-12-07T02:43:24.133Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','partida_origen_publicados',-1,'"si"',NULL,'2026-12-07T02:43:24.130Z','2026-12-07T02:43:24.130Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','recepcion_obra_publicada',-1,'"na"',NULL,'2026-12-07T02:43:24.131Z','2026-12-07T02:43:24.131Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','url_registro_sipot',-1,'"https://www.plataformadetransparencia.org.mx/"',NULL,'2026-12-07T02:43:24.123Z','2026-12-07T02:43:24.123Z');
INSERT INTO "answers" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','version_publica_contrato',-1,'"si"',NULL,'2026-12-07T02:43:24.129Z','2026-12-07T02:43:24.129Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','acta_entrega_recepcion',-1,'"si"',NULL,'2026-12-07T02:43:24.176Z','2026-12-07T02:43:24.176Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','anticipo_amortizado',-1,'"si"',NULL,'2026-12-07T02:43:24.173Z','2026-12-07T02:43:24.173Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','avance_financiero_pagado',-1,'100',NULL,'2026-12-07T02:43:24.167Z','2026-12-07T02:43:24.167Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','avance_fisico_observado',-1,'100',NULL,'2026-12-07T02:43:24.165Z','2026-12-07T02:43:24.165Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','avance_fisico_reportado',-1,'100',NULL,'2026-12-07T02:43:24.166Z','2026-12-07T02:43:24.166Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','bitacora_al_dia',-1,'"si"',NULL,'2026-12-07T02:43:24.163Z','2026-12-07T02:43:24.163Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','cantidades_coinciden',-1,'"si"',NULL,'2026-12-07T02:43:24.169Z','2026-12-07T02:43:24.169Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','comite_contraloria_social',-1,'"si"',NULL,'2026-12-07T02:43:24.174Z','2026-12-07T02:43:24.174Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','convenios_modificatorios',-1,'"no"',NULL,'2026-12-07T02:43:24.172Z','2026-12-07T02:43:24.172Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','defectos_visibles',-1,'"ninguno"',NULL,'2026-12-07T02:43:24.170Z','2026-12-07T02:43:24.170Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','estado_programa',-1,'"terminada"',NULL,'2026-12-07T02:43:24.168Z','2026-12-07T02:43:24.168Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','expediente_disponible',-1,'"si"',NULL,'2026-12-07T02:43:24.161Z','2026-12-07T02:43:24.161Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','fecha_ultima_nota',-1,'"2026-08-14"',NULL,'2026-12-07T02:43:24.164Z','2026-12-07T02:43:24.164Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','letrero_obra',-1,'"si"',NULL,'2026-12-07T02:43:24.162Z','2026-12-07T02:43:24.162Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','materiales_conformes',-1,'"si"',NULL,'2026-12-07T02:43:24.169Z','2026-12-07T02:43:24.169Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','obra_en_uso',-1,'"si"',NULL,'2026-12-07T02:43:24.178Z','2026-12-07T02:43:24.178Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','observaciones_visita',-1,'"Obra terminada y en uso por la escuela; sin observaciones."',NULL,'2026-12-07T02:43:24.179Z','2026-12-07T02:43:24.179Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','pruebas_laboratorio',-1,'"si"',NULL,'2026-12-07T02:43:24.171Z','2026-12-07T02:43:24.171Z');
INSERT INTO "answers" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','quejas_vecinos',-1,'"no"',NULL,'2026-12-07T02:43:24.175Z','2026-12-07T02:43:24.175Z');
INSERT INTO "answers" VALUES('fe4ade6a-9905-496d-96f2-a9966dc7df40','avance_financiero_pagado',-1,'68',NULL,'2026-12-07T02:43:24.098Z','2026-12-07T02:43:24.098Z');
INSERT INTO "answers" VALUES('fe4ade6a-9905-496d-96f2-a9966dc7df40','avance_fisico_observado',-1,'55','Falta colar aproximadamente 180 m de los 400 m del tramo.','2026-12-07T02:43:24.096Z','2026-12-07T02:43:24.096Z');
INSERT INTO "answers" VALUES('fe4ade6a-9905-496d-96f2-a9966dc7df40','avance_fisico_reportado',-1,'70',NULL,'2026-12-07T02:43:24.097Z','2026-12-07T02:43:24.097Z');
INSERT INTO "answers" VALUES('fe4ade6a-9905-496d-96f2-a9966dc7df40','bitacora_al_dia',-1,'"si"',NULL,'2026-12-07T02:43:24.095Z','2026-12-07T02:43:24.095Z');
INSERT INTO "answers" VALUES('fe4ade6a-9905-496d-96f2-a9966dc7df40','estado_programa',-1,'"atrasada"',NULL,'2026-12-07T02:43:24.099Z','2026-12-07T02:43:24.099Z');
INSERT INTO "answers" VALUES('fe4ade6a-9905-496d-96f2-a9966dc7df40','expediente_disponible',-1,'"si"',NULL,'2026-12-07T02:43:24.092Z','2026-12-07T02:43:24.092Z');
INSERT INTO "answers" VALUES('fe4ade6a-9905-496d-96f2-a9966dc7df40','fecha_ultima_nota',-1,'"2026-11-15"',NULL,'2026-12-07T02:43:24.096Z','2026-12-07T02:43:24.096Z');
INSERT INTO "answers" VALUES('fe4ade6a-9905-496d-96f2-a9966dc7df40','letrero_obra',-1,'"no"','No se encontró letrero en ninguno de los dos frentes de trabajo.','2026-12-07T02:43:24.093Z','2026-12-07T02:43:24.093Z');
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
INSERT INTO "audits" VALUES('b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','procedimiento_contratacion',2,'3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}','{}','LP-MCH-ADQ-014-2026 — Adquisición de uniformes para la Secretaría de Seguridad Pública','b5baadc2-b2f6-4e07-876a-fa1ae9e819a6 procedimiento_contratacion observacion de procedimiento de contratacion lp-mch-adq-014-2026 — adquisicion de uniformes para la secretaria de seguridad publica lp-mch-adq-014-2026 direccion de recursos materiales adquisicion de uniformes para la secretaria de seguridad publica licitacion publica nacional municipal 4850000 presentacion y apertura de proposiciones 2026-10-14 sala de juntas del comite de adquisiciones, presidencia municipal no','2026-10-14','DEMO-001','{}','2026-12-07T02:43:24.022Z','2026-12-07T02:43:24.062Z',NULL,NULL,'e0b6ab070807158bc074a68ccd8e78515f4ffdb38d74cf893386e01f41491657',15);
INSERT INTO "audits" VALUES('d80ed927-2768-4b3a-a6fa-6222603a6214','procedimiento_contratacion',2,'3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}','{}','AD-MCH-SER-031-2026 — Mantenimiento correctivo de luminarias en el sector poniente','d80ed927-2768-4b3a-a6fa-6222603a6214 procedimiento_contratacion observacion de procedimiento de contratacion ad-mch-ser-031-2026 — mantenimiento correctivo de luminarias en el sector poniente ad-mch-ser-031-2026 direccion de alumbrado publico mantenimiento correctivo de luminarias en el sector poniente adjudicacion directa nacional estatal 1280000 lectura o notificacion del fallo 2026-11-05 oficinas de la direccion de alumbrado publico no','2026-11-05','DEMO-001','{}','2026-12-07T02:43:24.063Z','2026-12-07T02:43:24.070Z',NULL,NULL,'a195dc585f9237ad2aecf73e4063f092c72e4be3894fd0d4af0d17c43a4e7d5b',8);
INSERT INTO "audits" VALUES('fe4ade6a-9905-496d-96f2-a9966dc7df40','visita_obra_publica',2,'c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792','draft',1,NULL,NULL,'{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}','{}','OP-MCH-FISM-007-2026 — Pavimentación con concreto hidráulico de la calle Libertad','fe4ade6a-9905-496d-96f2-a9966dc7df40 visita_obra_publica visita de verificacion de obra publica op-mch-fism-007-2026 — pavimentacion con concreto hidraulico de la calle libertad op-mch-fism-007-2026 pavimentacion con concreto hidraulico de la calle libertad calle libertad entre av. tecnologico y calle 20, col. riberas de sacramento 28.7121 -106.1077 construcciones y pavimentos del norte, s.a. de c.v. 6735400.5 2026-07-01 2026-10-31 ing. laura chavez dominguez federal fism-df (ramo 33) 2026-11-18','2026-11-18','DEMO-001','{}','2026-12-07T02:43:24.071Z','2026-12-07T02:43:24.099Z',NULL,NULL,'160909aa32d721b538814b777df7d34f75569ad82a1a7636b59653ebc3cfc0c6',11);
INSERT INTO "audits" VALUES('e7391e6d-eb00-4a4d-b4b4-244ecde99817','transparencia_contratacion',2,'689ba50de30c08b3c7f99a43238e554d2ff01b1ae825a410e4b4594f1862ef97','finalized',1,NULL,NULL,'{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}','{}','LP-MCH-OP-009-2026 — Rehabilitación del parque Los Nogales','e7391e6d-eb00-4a4d-b4b4-244ecde99817 transparencia_contratacion revision de transparencia de la contratacion lp-mch-op-009-2026 — rehabilitacion del parque los nogales lp-mch-op-009-2026 cont-op-009-2026 direccion de obras publicas rehabilitacion del parque los nogales obra publica licitacion publica urbanizadora sierra madre, s.a. de c.v. 3120000 2026-05-04 2026 segundo (abril a junio) 2026-09-22 https://www.municipiochihuahua.gob.mx/transparencia','2026-09-22','DEMO-001','{"code":"DEMO-001","municipality":"Chihuahua","name":"Observadora de ejemplo"}','2026-12-07T02:43:24.101Z','2026-12-07T02:43:24.137Z','2026-12-07T02:43:24.137Z','72b38a155c9b95823bbfc33f103f9977af866200d6537359ba49adec7b9fe2b3','02b04b4eba2a94ae471ca4d7189fdb49a206fb52da868618564e2a2c19039333',21);
INSERT INTO "audits" VALUES('06b13b84-7bd7-41c3-af27-0b0dee9441fb','seguimiento_gobierno_abierto',1,'9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29','draft',1,NULL,NULL,'{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}','{"hitos":2}','2 — Apertura rápida de empresas','06b13b84-7bd7-41c3-af27-0b0dee9441fb seguimiento_gobierno_abierto seguimiento de compromiso de gobierno abierto 2 — apertura rapida de empresas 2 apertura rapida de empresas primer plan de accion local de gobierno abierto de chihuahua direccion de desarrollo economico 2025-03-01 2026-08-31 abrir un negocio de bajo riesgo tomaba mas de 30 dias habiles. acceso a la informacion rendicion de cuentas','2025-03-01','DEMO-001','{}','2026-12-07T02:43:24.138Z','2026-12-07T02:43:24.158Z',NULL,NULL,'8d7f7f9ba8737d8fd53705311c810a94ec9b841410c21a3a0e73ebc07d9ccbb9',18);
INSERT INTO "audits" VALUES('f31b7e0b-3771-46fa-9f6f-4bee07eba74f','visita_obra_publica',2,'c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792','finalized',1,NULL,NULL,'{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}','{}','OP-MCH-RP-021-2026 — Construcción de techumbre en cancha de usos múltiples','f31b7e0b-3771-46fa-9f6f-4bee07eba74f visita_obra_publica visita de verificacion de obra publica op-mch-rp-021-2026 — construccion de techumbre en cancha de usos multiples op-mch-rp-021-2026 construccion de techumbre en cancha de usos multiples escuela primaria benito juarez, localidad el sauz estructuras metalicas cuauhtemoc, s.a. de c.v. 1985000 2026-04-15 2026-08-15 municipal 2026-09-03','2026-09-03','DEMO-001','{"code":"DEMO-001","municipality":"Chihuahua","name":"Observadora de ejemplo"}','2026-12-07T02:43:24.159Z','2026-12-07T02:43:24.620Z','2026-12-07T02:43:24.620Z','b4efe6ffe84c42add30f2dcdbfe642f8290ce89d95a37eae6ab2cd0d139deb96','f1758d6fd24cdb2790888936e23d91af97f09caae15ee20d04ff18436dcbac18',24);
CREATE TABLE checklists (
    form_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (form_id, version)
);
INSERT INTO "checklists" VALUES('procedimiento_contratacion',2,'3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5','Observación de procedimiento de contratación','# Lista de verificación 1 — Observación de procedimiento de contratación.
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
version: 2
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
        # [verificar] plazo mínimo legal para preparar ofertas (referencia: 15 días)
        help:
          es: >-
            Con ambas fechas la aplicación calcula el plazo para preparar
            ofertas; la referencia usada es de 15 días naturales, fijada por el
            OIC.
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
          es: Elija «No aplica» si la convocatoria no previó junta de aclaraciones.
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
          es: Elija «No aplica» si el contrato la exceptúa conforme a la ley.
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
        # [verificar] montos máximos por procedimiento del presupuesto de egresos vigente
        help:
          es: >-
            Busque en el padrón de contratos del mismo periodo compras
            parecidas al mismo proveedor que, sumadas, habrían exigido
            licitación o invitación. Los montos máximos los fija cada año el
            presupuesto de egresos.
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
','2026-12-07T02:43:24.023Z');
INSERT INTO "checklists" VALUES('visita_obra_publica',2,'c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792','Visita de verificación de obra pública','# Lista de verificación 2 — Visita de verificación de obra pública.
#
# Contenido: /work/shared/domain/checklists.md, "Checklist 2".
# Severidad: alta = posible incumplimiento legal, escalar al OIC;
#            media = debilidad de control o de transparencia;
#            baja = buena práctica.
# Las señales de alerta son avisos para revisar, nunca prueba de una falta.
# Los umbrales viven en `constants:`; los marcados [verificar] o
# [umbral a definir] deben confirmarlos el OIC.

id: visita_obra_publica
version: 2
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
        # [verificar] obligación de colocar el letrero y los datos que debe llevar
        help:
          es: >-
            Fotografíe el letrero completo y legible.
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
          es: Por ejemplo, resistencia del concreto, compactación de terracerías. Elija «No aplica» si la obra no las requiere.
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
          es: Elija «No aplica» si no hubo anticipo.
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
          es: Elija «No aplica» si la obra todavía está en proceso y no se ha pagado la última estimación.
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
','2026-12-07T02:43:24.071Z');
INSERT INTO "checklists" VALUES('transparencia_contratacion',2,'689ba50de30c08b3c7f99a43238e554d2ff01b1ae825a410e4b4594f1862ef97','Revisión de transparencia de la contratación','# Lista de verificación 3 — Revisión de transparencia de la contratación.
#
# Contenido: /work/shared/domain/checklists.md, "Checklist 3".
# Revisión de gabinete: se hace desde la computadora, consultando el SIPOT
# (Plataforma Nacional de Transparencia) y el portal del municipio.
# Severidad: alta = posible incumplimiento legal, escalar al OIC;
#            media = debilidad de control o de transparencia;
#            baja = buena práctica.
# Evidencia: captura de pantalla con la dirección (URL) y la fecha de consulta.

id: transparencia_contratacion
version: 2
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
        # [verificar] plazo de actualización en los lineamientos técnicos vigentes
        help:
          es: >-
            Campo «fecha de actualización» del formato. La aplicación la compara
            con el inicio del contrato; el plazo de referencia es el trimestre
            más 30 días.
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
','2026-12-07T02:43:24.101Z');
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
','2026-12-07T02:43:24.138Z');
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
INSERT INTO "custody_log" VALUES(1,'b5baadc2-b2f6-4e07-876a-fa1ae9e819a6',1,'2026-12-07T02:43:24.024Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5","form_version":2,"header":{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}}','0000000000000000000000000000000000000000000000000000000000000000','152548c963dc2703cc4920a9b9309089e933a293c3c5a723f810e3ead978e6c0');
INSERT INTO "custody_log" VALUES(2,'b5baadc2-b2f6-4e07-876a-fa1ae9e819a6',2,'2026-12-07T02:43:24.049Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convocatoria_publicada","value":"si"}','152548c963dc2703cc4920a9b9309089e933a293c3c5a723f810e3ead978e6c0','149883cc3fe69af5a2c9195173c97d2443b9bd9c3417c61db202e3047f73e017');
INSERT INTO "custody_log" VALUES(3,'b5baadc2-b2f6-4e07-876a-fa1ae9e819a6',3,'2026-12-07T02:43:24.050Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_convocatoria","value":"2026-10-02"}','149883cc3fe69af5a2c9195173c97d2443b9bd9c3417c61db202e3047f73e017','8ac6501b3d247180195218031fca3eaa14e799ead7923892c541b6a553804ecd');
INSERT INTO "custody_log" VALUES(4,'b5baadc2-b2f6-4e07-876a-fa1ae9e819a6',4,'2026-12-07T02:43:24.052Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_apertura_proposiciones","value":"2026-10-14"}','8ac6501b3d247180195218031fca3eaa14e799ead7923892c541b6a553804ecd','5c3d95d3f938e095ed65aafb9fa030cf48636c383cb05f62854c7cacebd7f32e');
INSERT INTO "custody_log" VALUES(5,'b5baadc2-b2f6-4e07-876a-fa1ae9e819a6',5,'2026-12-07T02:43:24.053Z','DEMO-001','finding.raised','{"finding":"c8ef1eec-86d8-40af-99a9-d83aa130af61","item":null,"rule":"rf_plazo_convocatoria_corto","severity":"media"}','5c3d95d3f938e095ed65aafb9fa030cf48636c383cb05f62854c7cacebd7f32e','074549b037486859b56e9f18e9f4764edd762c499cfe266691d312e87093c047');
INSERT INTO "custody_log" VALUES(6,'b5baadc2-b2f6-4e07-876a-fa1ae9e819a6',6,'2026-12-07T02:43:24.053Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"no"}','074549b037486859b56e9f18e9f4764edd762c499cfe266691d312e87093c047','e1336375fb6b925dbe2e79910a8973554db110f236c63cfd8ae1aea01a9fe27a');
INSERT INTO "custody_log" VALUES(7,'b5baadc2-b2f6-4e07-876a-fa1ae9e819a6',7,'2026-12-07T02:43:24.054Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','e1336375fb6b925dbe2e79910a8973554db110f236c63cfd8ae1aea01a9fe27a','bff2682d5fbb2815ead39f3d93c900ac82e879239586ea55b18274c5e033e595');
INSERT INTO "custody_log" VALUES(8,'b5baadc2-b2f6-4e07-876a-fa1ae9e819a6',8,'2026-12-07T02:43:24.055Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_junta_publicada","value":"si"}','bff2682d5fbb2815ead39f3d93c900ac82e879239586ea55b18274c5e033e595','78ce11ea5fe5a4563c09d37d674c5aeab446fd8de8f65dba862ca7b4e2d1b9ca');
INSERT INTO "custody_log" VALUES(9,'b5baadc2-b2f6-4e07-876a-fa1ae9e819a6',9,'2026-12-07T02:43:24.056Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"asistentes_junta","value":3}','78ce11ea5fe5a4563c09d37d674c5aeab446fd8de8f65dba862ca7b4e2d1b9ca','53752e7594fd90d83b0e1077a43b42db8a9f71764c57ee9027b12fe35ee00f96');
INSERT INTO "custody_log" VALUES(10,'b5baadc2-b2f6-4e07-876a-fa1ae9e819a6',10,'2026-12-07T02:43:24.058Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cambios_requisitos_fondo","value":"no"}','53752e7594fd90d83b0e1077a43b42db8a9f71764c57ee9027b12fe35ee00f96','3cd8f54357f85cacb7c51bc657aff7878ea0c5c8243ac2a49d6158dc0de2e9eb');
INSERT INTO "custody_log" VALUES(11,'b5baadc2-b2f6-4e07-876a-fa1ae9e819a6',11,'2026-12-07T02:43:24.059Z','DEMO-001','answer.set','{"item":null,"note":"Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.","previous":null,"question":"numero_proposiciones","value":2}','3cd8f54357f85cacb7c51bc657aff7878ea0c5c8243ac2a49d6158dc0de2e9eb','b788a8d7a17ed21c6a23e6e33e6244f463b2705f508859900fa959b94748e023');
INSERT INTO "custody_log" VALUES(12,'b5baadc2-b2f6-4e07-876a-fa1ae9e819a6',12,'2026-12-07T02:43:24.059Z','DEMO-001','finding.raised','{"finding":"53d922fb-c3be-4545-9a97-070ba336e94a","item":null,"rule":"rf_pocas_proposiciones","severity":"media"}','b788a8d7a17ed21c6a23e6e33e6244f463b2705f508859900fa959b94748e023','729953ca04bed484cba3b1a167e73f3c5bbdf688d4e1a00da031eaa5739d57a1');
INSERT INTO "custody_log" VALUES(13,'b5baadc2-b2f6-4e07-876a-fa1ae9e819a6',13,'2026-12-07T02:43:24.060Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"apertura_publica","value":"si"}','729953ca04bed484cba3b1a167e73f3c5bbdf688d4e1a00da031eaa5739d57a1','3af5f71b24bde38834039cfa4e0873cca2cf5a366f02d0b80250d92475d1c993');
INSERT INTO "custody_log" VALUES(14,'b5baadc2-b2f6-4e07-876a-fa1ae9e819a6',14,'2026-12-07T02:43:24.061Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"propuesta_extemporanea","value":"no"}','3af5f71b24bde38834039cfa4e0873cca2cf5a366f02d0b80250d92475d1c993','e09fd02b007198507f577c47c7999ad487e031c50704c6555c9b3f5c6957698c');
INSERT INTO "custody_log" VALUES(15,'b5baadc2-b2f6-4e07-876a-fa1ae9e819a6',15,'2026-12-07T02:43:24.062Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"indicios_colusion","value":"no"}','e09fd02b007198507f577c47c7999ad487e031c50704c6555c9b3f5c6957698c','e0b6ab070807158bc074a68ccd8e78515f4ffdb38d74cf893386e01f41491657');
INSERT INTO "custody_log" VALUES(16,'d80ed927-2768-4b3a-a6fa-6222603a6214',1,'2026-12-07T02:43:24.064Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5","form_version":2,"header":{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}}','0000000000000000000000000000000000000000000000000000000000000000','f48470e7c3bf0aec2f6bb69e806b44cc37a7abfa68734820bf94712f7d19c0a6');
INSERT INTO "custody_log" VALUES(17,'d80ed927-2768-4b3a-a6fa-6222603a6214',2,'2026-12-07T02:43:24.065Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"si"}','f48470e7c3bf0aec2f6bb69e806b44cc37a7abfa68734820bf94712f7d19c0a6','fd13ac78c5e7fed7c73c6175dbabeba24941d5c2725adf63e8d3d6cf7b2355e1');
INSERT INTO "custody_log" VALUES(18,'d80ed927-2768-4b3a-a6fa-6222603a6214',3,'2026-12-07T02:43:24.066Z','DEMO-001','finding.raised','{"finding":"d7035a24-fb85-4e63-8727-0130837b4cf3","item":null,"rule":"rf_especificaciones_dirigidas","severity":"media"}','fd13ac78c5e7fed7c73c6175dbabeba24941d5c2725adf63e8d3d6cf7b2355e1','39927a47d3b95a52929773d981e1a8785bb464f9bc9209a7634321a7c87fae79');
INSERT INTO "custody_log" VALUES(19,'d80ed927-2768-4b3a-a6fa-6222603a6214',4,'2026-12-07T02:43:24.066Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_detalle","value":"Se exige una marca específica de luminaria LED sin admitir equivalentes."}','39927a47d3b95a52929773d981e1a8785bb464f9bc9209a7634321a7c87fae79','72e46076b8271bf4d03c8dafdd41b4c5fa3188162812ca92128c12ba985b9e39');
INSERT INTO "custody_log" VALUES(20,'d80ed927-2768-4b3a-a6fa-6222603a6214',5,'2026-12-07T02:43:24.067Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','72e46076b8271bf4d03c8dafdd41b4c5fa3188162812ca92128c12ba985b9e39','9392d89b842e130e6509dc55535d284b91f33e59b9310dafce7c4f346209593a');
INSERT INTO "custody_log" VALUES(21,'d80ed927-2768-4b3a-a6fa-6222603a6214',6,'2026-12-07T02:43:24.068Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"supuesto_excepcion","value":"monto_dentro_de_limites"}','9392d89b842e130e6509dc55535d284b91f33e59b9310dafce7c4f346209593a','6c1cf4ca7add4575ba4583aed26b8f3681bf6e1649d1f739e065c38aa1dab836');
INSERT INTO "custody_log" VALUES(22,'d80ed927-2768-4b3a-a6fa-6222603a6214',7,'2026-12-07T02:43:24.070Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"dictamen_comite","value":"si"}','6c1cf4ca7add4575ba4583aed26b8f3681bf6e1649d1f739e065c38aa1dab836','d930b676244581e3c724b2938b89574b9d2e6d4c65836f954cc76ba48496ab0b');
INSERT INTO "custody_log" VALUES(23,'d80ed927-2768-4b3a-a6fa-6222603a6214',8,'2026-12-07T02:43:24.071Z','DEMO-001','finding.added','{"finding":"cb4744a6-2deb-42ae-bdfa-aee1aca10c48","item":null,"question":null,"severity":"media","title":"La cotización ganadora llegó un día después del plazo de invitación"}','d930b676244581e3c724b2938b89574b9d2e6d4c65836f954cc76ba48496ab0b','a195dc585f9237ad2aecf73e4063f092c72e4be3894fd0d4af0d17c43a4e7d5b');
INSERT INTO "custody_log" VALUES(24,'fe4ade6a-9905-496d-96f2-a9966dc7df40',1,'2026-12-07T02:43:24.072Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792","form_version":2,"header":{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}}','0000000000000000000000000000000000000000000000000000000000000000','f48309188284e919842d0b1bd232839bafcd6b34e60f4d4147b6044d93be1797');
INSERT INTO "custody_log" VALUES(25,'fe4ade6a-9905-496d-96f2-a9966dc7df40',2,'2026-12-07T02:43:24.092Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','f48309188284e919842d0b1bd232839bafcd6b34e60f4d4147b6044d93be1797','0f1dfa884f442aa095948b45a217a03918f484c3fcfb99a42bf32a380327fcc7');
INSERT INTO "custody_log" VALUES(26,'fe4ade6a-9905-496d-96f2-a9966dc7df40',3,'2026-12-07T02:43:24.093Z','DEMO-001','answer.set','{"item":null,"note":"No se encontró letrero en ninguno de los dos frentes de trabajo.","previous":null,"question":"letrero_obra","value":"no"}','0f1dfa884f442aa095948b45a217a03918f484c3fcfb99a42bf32a380327fcc7','2451275d3fd904a91d008a0fcaf0a90c30bbed257b2edd28325ed84a77df6e4f');
INSERT INTO "custody_log" VALUES(27,'fe4ade6a-9905-496d-96f2-a9966dc7df40',4,'2026-12-07T02:43:24.094Z','DEMO-001','finding.raised','{"finding":"bb0bb2f4-7216-4230-923d-d36df1226273","item":null,"rule":"rf_sin_letrero","severity":"media"}','2451275d3fd904a91d008a0fcaf0a90c30bbed257b2edd28325ed84a77df6e4f','ea5f96db4ff504c419144342b8ee0fcd2b8c0f7ff00702274ba592a7dc2733cd');
INSERT INTO "custody_log" VALUES(28,'fe4ade6a-9905-496d-96f2-a9966dc7df40',5,'2026-12-07T02:43:24.095Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','ea5f96db4ff504c419144342b8ee0fcd2b8c0f7ff00702274ba592a7dc2733cd','ae7296054774e4180cfcc277eba63b2b22a82f2967233102d385ee2a503adb97');
INSERT INTO "custody_log" VALUES(29,'fe4ade6a-9905-496d-96f2-a9966dc7df40',6,'2026-12-07T02:43:24.096Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-11-15"}','ae7296054774e4180cfcc277eba63b2b22a82f2967233102d385ee2a503adb97','78ce722648ec13ded8730f1355ec5b26d98accdde0e014fea219269efeb335e0');
INSERT INTO "custody_log" VALUES(30,'fe4ade6a-9905-496d-96f2-a9966dc7df40',7,'2026-12-07T02:43:24.096Z','DEMO-001','answer.set','{"item":null,"note":"Falta colar aproximadamente 180 m de los 400 m del tramo.","previous":null,"question":"avance_fisico_observado","value":55}','78ce722648ec13ded8730f1355ec5b26d98accdde0e014fea219269efeb335e0','89e5605955d961b8642e6dc7234ba42dcecc7fdcee83b6f933656f068b055362');
INSERT INTO "custody_log" VALUES(31,'fe4ade6a-9905-496d-96f2-a9966dc7df40',8,'2026-12-07T02:43:24.097Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":70}','89e5605955d961b8642e6dc7234ba42dcecc7fdcee83b6f933656f068b055362','903edd6f2cd92456f670e319921ad85a39e4c27203a40503035b4782f7ccb77f');
INSERT INTO "custody_log" VALUES(32,'fe4ade6a-9905-496d-96f2-a9966dc7df40',9,'2026-12-07T02:43:24.098Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":68}','903edd6f2cd92456f670e319921ad85a39e4c27203a40503035b4782f7ccb77f','4b1dd6831e49c38bc8d4a6b9eb32b823beb6e0403b28ba3f9a6d2490a0094769');
INSERT INTO "custody_log" VALUES(33,'fe4ade6a-9905-496d-96f2-a9966dc7df40',10,'2026-12-07T02:43:24.099Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"atrasada"}','4b1dd6831e49c38bc8d4a6b9eb32b823beb6e0403b28ba3f9a6d2490a0094769','d8a9fe6d8a1cbf174bb8e729058aa1511f00d235e9ecf4f9baa91dcfca73620c');
INSERT INTO "custody_log" VALUES(34,'fe4ade6a-9905-496d-96f2-a9966dc7df40',11,'2026-12-07T02:43:24.100Z','DEMO-001','finding.raised','{"finding":"0199729a-fc57-407c-832f-176ef7494148","item":null,"rule":"rf_obra_atrasada","severity":"media"}','d8a9fe6d8a1cbf174bb8e729058aa1511f00d235e9ecf4f9baa91dcfca73620c','160909aa32d721b538814b777df7d34f75569ad82a1a7636b59653ebc3cfc0c6');
INSERT INTO "custody_log" VALUES(35,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',1,'2026-12-07T02:43:24.101Z','DEMO-001','audit.created','{"form":"transparencia_contratacion","form_sha256":"689ba50de30c08b3c7f99a43238e554d2ff01b1ae825a410e4b4594f1862ef97","form_version":2,"header":{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}}','0000000000000000000000000000000000000000000000000000000000000000','bd4be9e0aa629c37b133cfd1c031187a7cdaf31fd3d28dcf3ac96d308b791e7f');
INSERT INTO "custody_log" VALUES(36,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',2,'2026-12-07T02:43:24.122Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"contrato_en_sipot","value":"si"}','bd4be9e0aa629c37b133cfd1c031187a7cdaf31fd3d28dcf3ac96d308b791e7f','8bdff7a1d7fcdef11c98d447d0a069333636d628c829af8bf624fbe22a4b080e');
INSERT INTO "custody_log" VALUES(37,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',3,'2026-12-07T02:43:24.123Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"url_registro_sipot","value":"https://www.plataformadetransparencia.org.mx/"}','8bdff7a1d7fcdef11c98d447d0a069333636d628c829af8bf624fbe22a4b080e','09cda9bc28f3a4af32e4156b3bb9aa1235dd02f8da1fbc5709aa6d879d5dedfe');
INSERT INTO "custody_log" VALUES(38,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',4,'2026-12-07T02:43:24.124Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_sipot","value":"2026-07-28"}','09cda9bc28f3a4af32e4156b3bb9aa1235dd02f8da1fbc5709aa6d879d5dedfe','aa94adf3c11b939b9db51fcf63d42a113edc72452edb9f8b298ff8ff49aa57df');
INSERT INTO "custody_log" VALUES(39,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',5,'2026-12-07T02:43:24.125Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_convocatoria","value":"si"}','aa94adf3c11b939b9db51fcf63d42a113edc72452edb9f8b298ff8ff49aa57df','8e137c3e041d81d1dab501198c5524be0715a05b4d2be66171782a6ba5f91b22');
INSERT INTO "custody_log" VALUES(40,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',6,'2026-12-07T02:43:24.125Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_fallo","value":"si"}','8e137c3e041d81d1dab501198c5524be0715a05b4d2be66171782a6ba5f91b22','140d856ce6c7b9af9e224a6f80d5361dec060aaa8c05e9a64101bd14235b4de8');
INSERT INTO "custody_log" VALUES(41,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',7,'2026-12-07T02:43:24.126Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_dictamen","value":"no"}','140d856ce6c7b9af9e224a6f80d5361dec060aaa8c05e9a64101bd14235b4de8','3870fd00227b211cdf4d7776b0c1382eabacd5f5f6c44173f1810443d2b25467');
INSERT INTO "custody_log" VALUES(42,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',8,'2026-12-07T02:43:24.127Z','DEMO-001','finding.raised','{"finding":"7f0af43c-5616-405b-afd4-db523fc5409f","item":null,"rule":"rf_enlace_dictamen","severity":"media"}','3870fd00227b211cdf4d7776b0c1382eabacd5f5f6c44173f1810443d2b25467','7382be93d69ba090240cede157ac1106889c69cfbfdd078396d7f9cb40fcc1a8');
INSERT INTO "custody_log" VALUES(43,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',9,'2026-12-07T02:43:24.127Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"lista_asistentes_publicada","value":"si"}','7382be93d69ba090240cede157ac1106889c69cfbfdd078396d7f9cb40fcc1a8','8097534d3a909b62c6c258c9fdecce5756c496d2caa84279de077faddd57fe04');
INSERT INTO "custody_log" VALUES(44,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',10,'2026-12-07T02:43:24.128Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"motivos_seleccion_publicados","value":"si"}','8097534d3a909b62c6c258c9fdecce5756c496d2caa84279de077faddd57fe04','4ca6dce8c06048e98fc1af3b095a063979a71e57e91df9244e82e9a30f398d06');
INSERT INTO "custody_log" VALUES(45,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',11,'2026-12-07T02:43:24.129Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"version_publica_contrato","value":"si"}','4ca6dce8c06048e98fc1af3b095a063979a71e57e91df9244e82e9a30f398d06','0c389ce89a0cbe732c3ac1636b9132de611ccce5988640ba72d033428f56b9be');
INSERT INTO "custody_log" VALUES(46,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',12,'2026-12-07T02:43:24.130Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"partida_origen_publicados","value":"si"}','0c389ce89a0cbe732c3ac1636b9132de611ccce5988640ba72d033428f56b9be','1c9c4dd5e5de1d24e541564f9fb7071d9e4080599a7ea8c9ba12a5713b22ee78');
INSERT INTO "custody_log" VALUES(47,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',13,'2026-12-07T02:43:24.131Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_obra_publicado","value":"si"}','1c9c4dd5e5de1d24e541564f9fb7071d9e4080599a7ea8c9ba12a5713b22ee78','1b9da03b371929c0dcf2701a196016737bd8aea09874a4623d31dd16d37bb83e');
INSERT INTO "custody_log" VALUES(48,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',14,'2026-12-07T02:43:24.131Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"recepcion_obra_publicada","value":"na"}','1b9da03b371929c0dcf2701a196016737bd8aea09874a4623d31dd16d37bb83e','b69e4f6a482e09f4e8cb9910d71077dfe9b6773dd76ff1dabd0c73d1573152ce');
INSERT INTO "custody_log" VALUES(49,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',15,'2026-12-07T02:43:24.132Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"finiquito_publicado","value":"na"}','b69e4f6a482e09f4e8cb9910d71077dfe9b6773dd76ff1dabd0c73d1573152ce','ca49e0500905e973bcca4f03ff4719790ef225d6db955defbeb46d443a27a114');
INSERT INTO "custody_log" VALUES(50,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',16,'2026-12-07T02:43:24.133Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"mecanismos_vigilancia","value":["contraloria_social","oic"]}','ca49e0500905e973bcca4f03ff4719790ef225d6db955defbeb46d443a27a114','0bccbcd453082bd7aa268a81c3ec2b2ccc1ee6c052a8ee206840de5e7c2ad1f5');
INSERT INTO "custody_log" VALUES(51,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',17,'2026-12-07T02:43:24.134Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"padron_proveedores_publicado","value":"si"}','0bccbcd453082bd7aa268a81c3ec2b2ccc1ee6c052a8ee206840de5e7c2ad1f5','f52b19b36ec15964b3418ec9676e15db60ae927059deb4293859dad4d8846c90');
INSERT INTO "custody_log" VALUES(52,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',18,'2026-12-07T02:43:24.134Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"listado_obras_publicado","value":"si"}','f52b19b36ec15964b3418ec9676e15db60ae927059deb4293859dad4d8846c90','b02560f091671388afafd8e12adb184623eb0728d3db7d513eb6e69792bc6409');
INSERT INTO "custody_log" VALUES(53,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',19,'2026-12-07T02:43:24.135Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"formato_datos","value":"abierto"}','b02560f091671388afafd8e12adb184623eb0728d3db7d513eb6e69792bc6409','4f5c830be8b12ab944ef3585b5749294fad7d3df67a05ae33abdb14e4c61fec0');
INSERT INTO "custody_log" VALUES(54,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',20,'2026-12-07T02:43:24.136Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_revision","value":"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."}','4f5c830be8b12ab944ef3585b5749294fad7d3df67a05ae33abdb14e4c61fec0','f3311c29ff7dd27f7aaf1169c214a1c78939eae88c4c10eb656c6490bf69068f');
INSERT INTO "custody_log" VALUES(55,'e7391e6d-eb00-4a4d-b4b4-244ecde99817',21,'2026-12-07T02:43:24.138Z','DEMO-001','audit.finalized','{"content_sha256":"72b38a155c9b95823bbfc33f103f9977af866200d6537359ba49adec7b9fe2b3"}','f3311c29ff7dd27f7aaf1169c214a1c78939eae88c4c10eb656c6490bf69068f','02b04b4eba2a94ae471ca4d7189fdb49a206fb52da868618564e2a2c19039333');
INSERT INTO "custody_log" VALUES(56,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',1,'2026-12-07T02:43:24.139Z','DEMO-001','audit.created','{"form":"seguimiento_gobierno_abierto","form_sha256":"9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29","form_version":1,"header":{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}}','0000000000000000000000000000000000000000000000000000000000000000','afef8b40b171e7c7e03b1230619f07cd308216a82a14f9509a386651dbba8752');
INSERT INTO "custody_log" VALUES(57,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',2,'2026-12-07T02:43:24.146Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"descripcion","value":"Ventanilla única digital en operación"}','afef8b40b171e7c7e03b1230619f07cd308216a82a14f9509a386651dbba8752','1c3f72b12e50eb69fd23818af98e8c311b130264526fb6a184ab28fe2084e138');
INSERT INTO "custody_log" VALUES(58,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',3,'2026-12-07T02:43:24.147Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"entregable_verificable","value":"si"}','1c3f72b12e50eb69fd23818af98e8c311b130264526fb6a184ab28fe2084e138','6acb8357c48bcfe02fe14ec8d1a4bab75dd86fffaf1ba5fdfb6dec0b730d5f94');
INSERT INTO "custody_log" VALUES(59,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',4,'2026-12-07T02:43:24.148Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"estatus","value":"completo"}','6acb8357c48bcfe02fe14ec8d1a4bab75dd86fffaf1ba5fdfb6dec0b730d5f94','3b9484ac073d5beedd583631214551df4ad9a1db75ecb4b2932e8a83b6aa686a');
INSERT INTO "custody_log" VALUES(60,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',5,'2026-12-07T02:43:24.149Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_reportado","value":100}','3b9484ac073d5beedd583631214551df4ad9a1db75ecb4b2932e8a83b6aa686a','3d41dd75e26511eafcb3224af76bbe4c7d78d3f0ba6be97bdd765c26fd7599f5');
INSERT INTO "custody_log" VALUES(61,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',6,'2026-12-07T02:43:24.150Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_verificado","value":100}','3d41dd75e26511eafcb3224af76bbe4c7d78d3f0ba6be97bdd765c26fd7599f5','428bff17fefb714be06eb721372bbec1a8e6519eb19dcbc90c3aa022bb86ab27');
INSERT INTO "custody_log" VALUES(62,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',7,'2026-12-07T02:43:24.151Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"url_evidencia","value":"https://www.municipiochihuahua.gob.mx/"}','428bff17fefb714be06eb721372bbec1a8e6519eb19dcbc90c3aa022bb86ab27','80518edbd73e0278c0acbe54b91beafda2aee96798bdc331c9df8af9ef4cba97');
INSERT INTO "custody_log" VALUES(63,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',8,'2026-12-07T02:43:24.151Z','DEMO-001','item.added','{"item":1,"section":"hitos"}','80518edbd73e0278c0acbe54b91beafda2aee96798bdc331c9df8af9ef4cba97','df75dcf231e0f2c5160177a358049878b00398b1593fa89b0ad9794ac140ecb3');
INSERT INTO "custody_log" VALUES(64,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',9,'2026-12-07T02:43:24.152Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"descripcion","value":"Catálogo público de giros de bajo riesgo"}','df75dcf231e0f2c5160177a358049878b00398b1593fa89b0ad9794ac140ecb3','be91f258d4dfe029c8062c45ba7050f211323f2bdd5834f016e777ae9f4c5112');
INSERT INTO "custody_log" VALUES(65,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',10,'2026-12-07T02:43:24.153Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"entregable_verificable","value":"si"}','be91f258d4dfe029c8062c45ba7050f211323f2bdd5834f016e777ae9f4c5112','3532e94a3d6e1850034efc97916d0d63ed13f48031ce05ff235c07b6d4672dbb');
INSERT INTO "custody_log" VALUES(66,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',11,'2026-12-07T02:43:24.154Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"estatus","value":"limitado"}','3532e94a3d6e1850034efc97916d0d63ed13f48031ce05ff235c07b6d4672dbb','f785f21f0020eb2545baf0ec0eeddff7cb39a72a65cf64df18312cbcdced280e');
INSERT INTO "custody_log" VALUES(67,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',12,'2026-12-07T02:43:24.154Z','DEMO-001','finding.raised','{"finding":"0b4c759c-d953-40ca-9a4f-0393bb068263","item":1,"rule":"rf_hito_vencido","severity":"media"}','f785f21f0020eb2545baf0ec0eeddff7cb39a72a65cf64df18312cbcdced280e','12ca1c752a20d0c6c5cc27962cb495e6731b0024f2a2c246bc38ed511376be1c');
INSERT INTO "custody_log" VALUES(68,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',13,'2026-12-07T02:43:24.155Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_reportado","value":80}','12ca1c752a20d0c6c5cc27962cb495e6731b0024f2a2c246bc38ed511376be1c','9300ba71bc87f3138f5f390e579dfad14ba9d9c291be428351ece0a9c3c3c5ec');
INSERT INTO "custody_log" VALUES(69,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',14,'2026-12-07T02:43:24.156Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_verificado","value":40}','9300ba71bc87f3138f5f390e579dfad14ba9d9c291be428351ece0a9c3c3c5ec','5048e7905361e18af29b6d05afff84afb52995533efe29d2f84e366b889e2403');
INSERT INTO "custody_log" VALUES(70,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',15,'2026-12-07T02:43:24.157Z','DEMO-001','finding.raised','{"finding":"8d399e7b-02da-4750-9c57-6aac56ce40db","item":1,"rule":"rf_diferencia_avance","severity":"media"}','5048e7905361e18af29b6d05afff84afb52995533efe29d2f84e366b889e2403','13e7b98c9b1bf6ea3aa2c5c69be4f486f2030adc7c3f56fea86e4aca880d23fd');
INSERT INTO "custody_log" VALUES(71,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',16,'2026-12-07T02:43:24.157Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"grupo_coordinador_participo","value":"si"}','13e7b98c9b1bf6ea3aa2c5c69be4f486f2030adc7c3f56fea86e4aca880d23fd','77e203b946cad1bb0c94e64d19deded6e3e72b8b0eb62fe9e80079180098634f');
INSERT INTO "custody_log" VALUES(72,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',17,'2026-12-07T02:43:24.158Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"informe_avance_publicado","value":"no"}','77e203b946cad1bb0c94e64d19deded6e3e72b8b0eb62fe9e80079180098634f','100e6367f9052d35db59c7750a2ffa2ec7f355dee564e5d33e6e2f687559691f');
INSERT INTO "custody_log" VALUES(73,'06b13b84-7bd7-41c3-af27-0b0dee9441fb',18,'2026-12-07T02:43:24.159Z','DEMO-001','finding.raised','{"finding":"2e9a757f-a297-44d6-ae69-e377e399010f","item":null,"rule":"rf_sin_informe_avance","severity":"media"}','100e6367f9052d35db59c7750a2ffa2ec7f355dee564e5d33e6e2f687559691f','8d7f7f9ba8737d8fd53705311c810a94ec9b841410c21a3a0e73ebc07d9ccbb9');
INSERT INTO "custody_log" VALUES(74,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',1,'2026-12-07T02:43:24.160Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792","form_version":2,"header":{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}}','0000000000000000000000000000000000000000000000000000000000000000','7b9e82369ba418cde25ab91cacb2c001f7b6198dbfd45c5ccf5633d98ec3c94d');
INSERT INTO "custody_log" VALUES(75,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',2,'2026-12-07T02:43:24.161Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','7b9e82369ba418cde25ab91cacb2c001f7b6198dbfd45c5ccf5633d98ec3c94d','88c715e3cd3ab0463378d32f858402ca6882f55168c3e678982f4ec81cf0a4f5');
INSERT INTO "custody_log" VALUES(76,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',3,'2026-12-07T02:43:24.162Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"letrero_obra","value":"si"}','88c715e3cd3ab0463378d32f858402ca6882f55168c3e678982f4ec81cf0a4f5','adf05565a42ffc0eb5a8f47a0de238df22e8d78505e2e4999dd21c828229f4a4');
INSERT INTO "custody_log" VALUES(77,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',4,'2026-12-07T02:43:24.163Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','adf05565a42ffc0eb5a8f47a0de238df22e8d78505e2e4999dd21c828229f4a4','4590ed9d1ca826efe584e1968838fe5a57e19e3d24ef3d628c1af5cdca99dabf');
INSERT INTO "custody_log" VALUES(78,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',5,'2026-12-07T02:43:24.164Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-08-14"}','4590ed9d1ca826efe584e1968838fe5a57e19e3d24ef3d628c1af5cdca99dabf','6c8776daaa9ac2cc0d4e2b083d6ca26e420f8845745b8ef942d18fc5d36b26db');
INSERT INTO "custody_log" VALUES(79,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',6,'2026-12-07T02:43:24.165Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_observado","value":100}','6c8776daaa9ac2cc0d4e2b083d6ca26e420f8845745b8ef942d18fc5d36b26db','7c6df8380da2a6fb41a57b6c30c246c8767d7374482bdeb660efa0500ac0c8e5');
INSERT INTO "custody_log" VALUES(80,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',7,'2026-12-07T02:43:24.166Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":100}','7c6df8380da2a6fb41a57b6c30c246c8767d7374482bdeb660efa0500ac0c8e5','697688d1089cbbf8a757e891883d34c9b3a031a4a44ec55ece101c2f8b4740be');
INSERT INTO "custody_log" VALUES(81,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',8,'2026-12-07T02:43:24.167Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":100}','697688d1089cbbf8a757e891883d34c9b3a031a4a44ec55ece101c2f8b4740be','808b4374c6b90a4a93e6075e1e721f41042b5439b0c15e6326d11baf7b2a3c67');
INSERT INTO "custody_log" VALUES(82,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',9,'2026-12-07T02:43:24.168Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"terminada"}','808b4374c6b90a4a93e6075e1e721f41042b5439b0c15e6326d11baf7b2a3c67','fc0e97ba66eb9b91de4fc0ad16f981ae299aa83e7d925f0c2af98caa074d72db');
INSERT INTO "custody_log" VALUES(83,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',10,'2026-12-07T02:43:24.169Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cantidades_coinciden","value":"si"}','fc0e97ba66eb9b91de4fc0ad16f981ae299aa83e7d925f0c2af98caa074d72db','6d6f07c48af29178a7f4430c27aed6a7411f413e382eec8afabda3c8a0afcdc6');
INSERT INTO "custody_log" VALUES(84,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',11,'2026-12-07T02:43:24.170Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"materiales_conformes","value":"si"}','6d6f07c48af29178a7f4430c27aed6a7411f413e382eec8afabda3c8a0afcdc6','7810d558cd8b33fd9dcfc0fff2080a061724dc407aa99fb97ca36b5bd607ac77');
INSERT INTO "custody_log" VALUES(85,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',12,'2026-12-07T02:43:24.170Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"defectos_visibles","value":"ninguno"}','7810d558cd8b33fd9dcfc0fff2080a061724dc407aa99fb97ca36b5bd607ac77','f309c6fe5c54c50016f10dd42beca9b5a55764daf4211cf321efaee55468ca7d');
INSERT INTO "custody_log" VALUES(86,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',13,'2026-12-07T02:43:24.171Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"pruebas_laboratorio","value":"si"}','f309c6fe5c54c50016f10dd42beca9b5a55764daf4211cf321efaee55468ca7d','1a34b376a763e9fc1a0ef29795cd320c0cd866e2d75a4600cadfafc35cb4ea78');
INSERT INTO "custody_log" VALUES(87,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',14,'2026-12-07T02:43:24.172Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convenios_modificatorios","value":"no"}','1a34b376a763e9fc1a0ef29795cd320c0cd866e2d75a4600cadfafc35cb4ea78','9af97bcacb0304b1290dddc15a893f8a93847a8662ccb17a1b0de2f75dfb8d0d');
INSERT INTO "custody_log" VALUES(88,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',15,'2026-12-07T02:43:24.173Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"anticipo_amortizado","value":"si"}','9af97bcacb0304b1290dddc15a893f8a93847a8662ccb17a1b0de2f75dfb8d0d','64b6bc4a27a4351f767b611e1aa04321a5f014499791a9e718243ea91be67611');
INSERT INTO "custody_log" VALUES(89,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',16,'2026-12-07T02:43:24.174Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"comite_contraloria_social","value":"si"}','64b6bc4a27a4351f767b611e1aa04321a5f014499791a9e718243ea91be67611','9a4c639d140a7d5093a6a0ae716a228098ff34e702533389f2d89112f669dfae');
INSERT INTO "custody_log" VALUES(90,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',17,'2026-12-07T02:43:24.175Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"quejas_vecinos","value":"no"}','9a4c639d140a7d5093a6a0ae716a228098ff34e702533389f2d89112f669dfae','f30fbb67c95c31555d664a5586a48a1d41c25b3efe48d66ce3efce33bd131588');
INSERT INTO "custody_log" VALUES(91,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',18,'2026-12-07T02:43:24.176Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_entrega_recepcion","value":"si"}','f30fbb67c95c31555d664a5586a48a1d41c25b3efe48d66ce3efce33bd131588','1db3c7bda8a14ce34aef9404d08b2ba2b70efafd6f6d07882a6df2b33d3ed70d');
INSERT INTO "custody_log" VALUES(92,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',19,'2026-12-07T02:43:24.178Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"obra_en_uso","value":"si"}','1db3c7bda8a14ce34aef9404d08b2ba2b70efafd6f6d07882a6df2b33d3ed70d','55ec051e58f4250ec3a986ba2281563f246548d27d8529fc10f5d6b3b2c336be');
INSERT INTO "custody_log" VALUES(93,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',20,'2026-12-07T02:43:24.179Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_visita","value":"Obra terminada y en uso por la escuela; sin observaciones."}','55ec051e58f4250ec3a986ba2281563f246548d27d8529fc10f5d6b3b2c336be','6032e9f7702606a964c605248eac3a89059d36ca3739a831a0f4a6096132d56d');
INSERT INTO "custody_log" VALUES(94,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',21,'2026-12-07T02:43:24.372Z','DEMO-001','evidence.added','{"evidence":"d84a2d7c-73ed-4eda-ab9a-b0c1757bf029","finding":null,"item":null,"mime":"image/jpeg","name":"IMG_20260903_00.jpg","question":"letrero_obra","sha256":"f8bb9fd702c3f9ef182395691f120f16702a577b667418ffeb91293434a4bc04","size":52511}','6032e9f7702606a964c605248eac3a89059d36ca3739a831a0f4a6096132d56d','4ee26254e8a2910aac5c2a04938b2409396e51ec915a7329d078e32e02b4cd9d');
INSERT INTO "custody_log" VALUES(95,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',22,'2026-12-07T02:43:24.475Z','DEMO-001','evidence.added','{"evidence":"9b974603-b933-4c40-af71-fa5883c0863c","finding":null,"item":null,"mime":"image/jpeg","name":"IMG_20260904_01.jpg","question":"obra_en_uso","sha256":"5000d954c5b6ecebbacead1789c9f0e4266f932cff269fae2b53afaf85e8744d","size":44335}','4ee26254e8a2910aac5c2a04938b2409396e51ec915a7329d078e32e02b4cd9d','dc2aadb6c0ae0abbf43b8c619321ba85288b067d9c71216fc0e789da62c2810a');
INSERT INTO "custody_log" VALUES(96,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',23,'2026-12-07T02:43:24.593Z','DEMO-001','evidence.added','{"evidence":"4c172e26-b11f-4a5a-ace7-aac16312ebea","finding":null,"item":null,"mime":"image/jpeg","name":"IMG_20260905_02.jpg","question":"fotografias_generales","sha256":"ba6488c1afc3c087d6732e90ff5ea5e4c317a2c2c0707514a0d1069f6dd40e76","size":45897}','dc2aadb6c0ae0abbf43b8c619321ba85288b067d9c71216fc0e789da62c2810a','09b52771bc471dcf85dd7825a53edc6ae66c915ad6cb8d017a534d88ee1b9719');
INSERT INTO "custody_log" VALUES(97,'f31b7e0b-3771-46fa-9f6f-4bee07eba74f',24,'2026-12-07T02:43:24.621Z','DEMO-001','audit.finalized','{"content_sha256":"b4efe6ffe84c42add30f2dcdbfe642f8290ce89d95a37eae6ab2cd0d139deb96"}','09b52771bc471dcf85dd7825a53edc6ae66c915ad6cb8d017a534d88ee1b9719','f1758d6fd24cdb2790888936e23d91af97f09caae15ee20d04ff18436dcbac18');
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
INSERT INTO "evidence" VALUES('d84a2d7c-73ed-4eda-ab9a-b0c1757bf029','f31b7e0b-3771-46fa-9f6f-4bee07eba74f','f8bb9fd702c3f9ef182395691f120f16702a577b667418ffeb91293434a4bc04',52511,'image/jpeg','IMG_20260903_00.jpg','Letrero de obra con monto, contratista y fuente de los recursos','2026-09-03T09:14:02','2026-12-07T02:43:24.372Z',28.4363333,-106.859,'{"camera_make":"Motorola","camera_model":"moto g32","format":"JPEG","height":1200,"kind":"image","thumbnail":true,"type_label":"Fotografía JPEG","width":1600}',NULL);
INSERT INTO "evidence" VALUES('9b974603-b933-4c40-af71-fa5883c0863c','f31b7e0b-3771-46fa-9f6f-4bee07eba74f','5000d954c5b6ecebbacead1789c9f0e4266f932cff269fae2b53afaf85e8744d',44335,'image/jpeg','IMG_20260904_01.jpg','Techumbre terminada; la cancha está en uso durante el recreo','2026-09-03T09:31:47','2026-12-07T02:43:24.475Z',28.4363333,-106.859,'{"camera_make":"Motorola","camera_model":"moto g32","format":"JPEG","height":1200,"kind":"image","thumbnail":true,"type_label":"Fotografía JPEG","width":1600}',NULL);
INSERT INTO "evidence" VALUES('4c172e26-b11f-4a5a-ace7-aac16312ebea','f31b7e0b-3771-46fa-9f6f-4bee07eba74f','ba6488c1afc3c087d6732e90ff5ea5e4c317a2c2c0707514a0d1069f6dd40e76',45897,'image/jpeg','IMG_20260905_02.jpg','Vista general desde el acceso norte','2026-09-03T09:40:10','2026-12-07T02:43:24.592Z',28.4363333,-106.859,'{"camera_make":"Motorola","camera_model":"moto g32","format":"JPEG","height":1600,"kind":"image","orientation":6,"thumbnail":true,"type_label":"Fotografía JPEG","width":1200}',NULL);
CREATE TABLE evidence_links (
    evidence_id TEXT NOT NULL REFERENCES evidence(id),
    question_id TEXT,
    item INTEGER NOT NULL DEFAULT -1,
    finding_id TEXT REFERENCES findings(id),
    CHECK ((question_id IS NULL) <> (finding_id IS NULL))
);
INSERT INTO "evidence_links" VALUES('d84a2d7c-73ed-4eda-ab9a-b0c1757bf029','letrero_obra',-1,NULL);
INSERT INTO "evidence_links" VALUES('9b974603-b933-4c40-af71-fa5883c0863c','obra_en_uso',-1,NULL);
INSERT INTO "evidence_links" VALUES('4c172e26-b11f-4a5a-ace7-aac16312ebea','fotografias_generales',-1,NULL);
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
INSERT INTO "findings" VALUES('c8ef1eec-86d8-40af-99a9-d83aa130af61','b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','rule','rf_plazo_convocatoria_corto',NULL,-1,'media','Plazo corto entre la publicación de la convocatoria y la apertura','Un plazo corto reduce el número de licitantes que pueden preparar una oferta. El plazo legal aplicable está por confirmar y puede reducirse con justificación.','Pregunte si hubo reducción de plazo autorizada y adjunte el documento que la justifique.','open','2026-12-07T02:43:24.052Z','2026-12-07T02:43:24.052Z');
INSERT INTO "findings" VALUES('53d922fb-c3be-4545-9a97-070ba336e94a','b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','rule','rf_pocas_proposiciones','numero_proposiciones',-1,'media','Baja competencia (pocas proposiciones)','','Anote los licitantes participantes y compárelos con los de procedimientos similares.','open','2026-12-07T02:43:24.059Z','2026-12-07T02:43:24.059Z');
INSERT INTO "findings" VALUES('d7035a24-fb85-4e63-8727-0130837b4cf3','d80ed927-2768-4b3a-a6fa-6222603a6214','rule','rf_especificaciones_dirigidas','especificaciones_dirigidas',-1,'media','Especificaciones con marca o a la medida de un proveedor','','Describa qué requisito limita la competencia y adjunte la página de la convocatoria donde aparece.','open','2026-12-07T02:43:24.065Z','2026-12-07T02:43:24.065Z');
INSERT INTO "findings" VALUES('cb4744a6-2deb-42ae-bdfa-aee1aca10c48','d80ed927-2768-4b3a-a6fa-6222603a6214','manual',NULL,NULL,-1,'media','La cotización ganadora llegó un día después del plazo de invitación','El sello de recepción de la cotización del proveedor adjudicado tiene fecha del 29 de octubre; el plazo vencía el 28.','Solicitar a la unidad la aclaración por escrito y anexarla al expediente.','open','2026-12-07T02:43:24.070Z','2026-12-07T02:43:24.070Z');
INSERT INTO "findings" VALUES('bb0bb2f4-7216-4230-923d-d36df1226273','fe4ade6a-9905-496d-96f2-a9966dc7df40','rule','rf_sin_letrero','letrero_obra',-1,'media','La obra no tiene letrero o le faltan datos','','Fotografíe el frente de la obra donde debería estar y anote qué datos faltan.','open','2026-12-07T02:43:24.094Z','2026-12-07T02:43:24.094Z');
INSERT INTO "findings" VALUES('0199729a-fc57-407c-832f-176ef7494148','fe4ade6a-9905-496d-96f2-a9966dc7df40','rule','rf_obra_atrasada','estado_programa',-1,'media','Obra atrasada respecto al programa','','Pregunte al residente la causa del atraso y si se aplicaron penas convencionales.','open','2026-12-07T02:43:24.100Z','2026-12-07T02:43:24.100Z');
INSERT INTO "findings" VALUES('7f0af43c-5616-405b-afd4-db523fc5409f','e7391e6d-eb00-4a4d-b4b4-244ecde99817','rule','rf_enlace_dictamen','enlace_dictamen',-1,'media','El enlace al dictamen de evaluación no funciona o falta','','Guarde la captura del error con la URL y la fecha.','open','2026-12-07T02:43:24.126Z','2026-12-07T02:43:24.126Z');
INSERT INTO "findings" VALUES('0b4c759c-d953-40ca-9a4f-0393bb068263','06b13b84-7bd7-41c3-af27-0b0dee9441fb','rule','rf_hito_vencido','estatus',1,'media','Hito vencido y no completo','','Pregunte a la institución responsable la causa del retraso y la nueva fecha comprometida.','open','2026-12-07T02:43:24.154Z','2026-12-07T02:43:24.154Z');
INSERT INTO "findings" VALUES('8d399e7b-02da-4750-9c57-6aac56ce40db','06b13b84-7bd7-41c3-af27-0b0dee9441fb','rule','rf_diferencia_avance','porcentaje_verificado',1,'media','El avance reportado no coincide con el verificado','','Anote en qué se basa cada cifra y adjunte la evidencia que consultó.','open','2026-12-07T02:43:24.156Z','2026-12-07T02:43:24.156Z');
INSERT INTO "findings" VALUES('2e9a757f-a297-44d6-ae69-e377e399010f','06b13b84-7bd7-41c3-af27-0b0dee9441fb','rule','rf_sin_informe_avance','informe_avance_publicado',-1,'media','No se publicó el informe anual de avance','','Anote dónde lo buscó y pídalo a la institución responsable.','open','2026-12-07T02:43:24.158Z','2026-12-07T02:43:24.158Z');
CREATE TABLE observer_profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    observer_code TEXT NOT NULL,
    municipality TEXT NOT NULL,
    email TEXT,
    language TEXT NOT NULL DEFAULT 'es',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
, institution TEXT);
INSERT INTO "observer_profile" VALUES(1,'Observadora de ejemplo','DEMO-001','Chihuahua',NULL,'es','2026-12-07T02:43:23.902Z','2026-12-07T02:43:23.902Z',NULL);
CREATE TABLE outbox (
    submission_id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
, audit_version INTEGER, manifest TEXT, audit_json BLOB, report_path TEXT, bytes_total INTEGER NOT NULL DEFAULT 0, error_code TEXT, first_sent_at TEXT, exported_at TEXT, delivered_at TEXT, review_state TEXT, review_comment TEXT, review_at TEXT, review_comments TEXT NOT NULL DEFAULT '[]');
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
, version INTEGER NOT NULL DEFAULT 1, sent_version INTEGER, server_state TEXT, reason TEXT, decided_at TEXT, send_error TEXT, updated_at TEXT);
INSERT INTO "participation_sessions" VALUES('c7a75c08-74e2-4bf4-bbf2-34967a58dc5c','Junta de aclaraciones LP-MCH-ADQ-014-2026','2026-10-07','10:00','12:30','b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','Presidencia Municipal','','2026-12-07T02:43:24.622Z',1,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "participation_sessions" VALUES('0e184a3b-bd00-4ef6-80e9-50b9602fb740','Apertura de proposiciones LP-MCH-ADQ-014-2026','2026-10-14','09:30','13:00','b5baadc2-b2f6-4e07-876a-fa1ae9e819a6','Presidencia Municipal','','2026-12-07T02:43:24.622Z',1,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "participation_sessions" VALUES('17f77ca0-d0c1-4635-97d6-a32536e36f78','Visita de obra OP-MCH-FISM-007-2026','2026-11-18','08:00','11:15','fe4ade6a-9905-496d-96f2-a9966dc7df40','Col. Riberas de Sacramento','','2026-12-07T02:43:24.623Z',1,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "participation_sessions" VALUES('857d8a31-d7db-4714-96cd-204d983fafaa','Visita de obra OP-MCH-RP-021-2026','2026-09-03','09:00','12:00','f31b7e0b-3771-46fa-9f6f-4bee07eba74f','El Sauz','','2026-12-07T02:43:24.623Z',1,NULL,NULL,NULL,NULL,NULL,NULL);
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
INSERT INTO "schema_migrations" VALUES(1,'initial schema','2026-12-07T02:43:23.876781+00:00');
INSERT INTO "schema_migrations" VALUES(2,'sync outbox: manifest, audit blob, errors, reviews','2026-12-07T02:43:23.880988+00:00');
INSERT INTO "schema_migrations" VALUES(3,'settings table for databases of the first release','2026-12-07T02:43:23.881474+00:00');
INSERT INTO "schema_migrations" VALUES(4,'the OIC''s per-question comments of a review','2026-12-07T02:43:23.882161+00:00');
INSERT INTO "schema_migrations" VALUES(5,'participation sessions sent to the OIC; the profile''s institution','2026-12-07T02:43:23.883929+00:00');
CREATE TABLE session_deletions (
    session_id TEXT PRIMARY KEY,
    row TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    send_error TEXT
);
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
